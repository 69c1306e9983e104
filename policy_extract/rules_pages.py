"""The words of the web page around a notice: its chrome, its footer, its information table and
the line under its title. Part of the rules (rules.py imports each table as a field of `Rules`);
each entry names the real phrase it serves in its test (tests/test_rules.py)."""
from __future__ import annotations

# --- web pages ---------------------------------------------------------------
# Lines a government site prints around a notice (a short line opening with one of these):
# never a title, a task or a unit. ("扫一扫在手机打开当前页", a site's QR widget run on after a note in a flattened copy: a 充电设施
# paragraph on elecalpower.com, review gk 05)
WEB_CHROME_LINES = (
    "导航菜单", "您当前的位置", "您当前所在位置", "您当前所在的位置", "当前所在位置", "您现在的位置", "您现在所在的位置", "您所在的位置", "您所在位置", "当前位置", "您的位置", "所在位置", "位置:", "位置：",
    "无障碍", "长辈版", "长者版", "关怀版", "长者模式", "返回首页", "分享到", "分享按钮", "扫一扫", "扫一扫在手机打开当前页",
    "打印本页", "【打印本页】", "关闭窗口", "【关闭窗口】", "字体：", "字号：", "【字体：", "[字体", "字体大小", "浏览次数",
    "阅读次数", "访问次数", "相关新闻", "相关链接", "相关文档", "上一篇", "下一篇", "返回顶部", "【打印】",
    "本站支持IPV6", "本站支持IPv6", "查看原文", "更多信息请关注", "通知及附件下载", "附件下载", "相关推荐", "猜你喜欢", "(未完,全文共", "（未完，全文共",
    "(阅读全部图文内容", "（阅读全部图文内容", "侵权投诉", "VIP专免", "仅展示", "网友评论", "评论功能已关闭", "发表评论",
    "预览结束,免费获取全文", "预览结束，免费获取全文", "政务微信", "政务微博", "首页 ", "首页丨", "首页|", "手机版",
    "新闻详情", "网站导航", "扫描二维码随身看", "购物车", "我的足迹", "立即下载", "加入Vip", "加入VIP",)  # (not a wrapped line's "首页显著位置…", diffreview-s25)

# Labels of a link a page prints after the notice ("…责任单位：区党工委党群工作部、经济发展局H5解读：https://q.eqxiu.com/…", 平潭
# 2023 民营经济若干措施, review be05 crawled): the label and its address run on at the end are no part of the notice.
PAGE_LINK_LABELS = ("H5解读", "图文解读", "政策解读", "图解", "解读")  # (not 网址: "申报系统网址：https://…" is the notice's, diffreview-ac)

# How the name of a site's column ends, the breadcrumb's last step, where a page run together glues it to the notice's
# title ("…> 工作动态 > 门头沟工作动态区领导部署调度…", ">> 归档专题 >> 2023市政府重点工作(已归档)市政府工作报告…").
SITE_COLUMN_ENDINGS = ("动态", "公告", "公示", "文件", "法规", "计划", "规划", "要闻", "通知", "专栏", "专题", "信息", "新闻", "资讯", "快讯", "(已归档)", "（已归档）")

# A site's channel printed alone on the line over a notice's title ("政府信息公开" / "中共天水市委 天水市人民政府关于深化国有企业改革的
# 实施意见", review ck09): the whole line one of these, no word of the title.
SITE_CHANNEL_NAMES = ("政府信息公开", "信息公开", "政务公开", "政府公开", "政策文件", "政策法规", "通知公告", "公示公告", "文件通知", "规范性文件", "政府文件", "部门文件")

# Words of a site's own line, wherever they stand in it ("甘公网安备62052302000005号", "陇ICP备05000221号",
# "网站标识码6205230001", a template's unfilled field "总站 {{item.sitename}}"): the line is no part of the notice.
SITE_FOOTER_WORDS = ("公网安备", "ICP备", "网站标识码", "版权所有", "{{", "【切换】")  # and a menu's "国内政策【切换】 国际政策"

# Fields of a government site's information table ("发布机构: | 周村区农业农村局 |", "成文日期: 2022-04-18",
# "名 称: …"), by the meta field each gives where the notice itself does not print it.
PAGE_FIELDS = (
    ("title", ("标题", "名称", "文件名称", "信息名称")),
    ("issuer", ("发布机构", "发文机关", "发文单位", "发文机构", "发布单位")),
    ("issue_date", ("成文日期", "发文日期", "发文时间", "印发日期")),
    ("doc_number", ("文号", "发文字号", "文件编号", "发文文号")),
)

# How a site's name ends where a page's title prints it after the notice's ("…的意见-湖南省人民
# 政府门户网站"): no part of the title.
SITE_NAME_ENDINGS = ("门户网站", "人民政府网", "政府网", "网站", "官网", "政务网")

# Labels of the line a site prints under a notice's title ("来源: 教育体育局 发布时间:2020-03-02
# 15:00 累计次数:", realworld h09): when the line breaks are lost, the title is what precedes them.
PAGE_INFO_LABELS = (
    "来源", "信息来源", "发布时间", "发布日期", "发文日期", "成文日期", "公开日期", "生成日期", "索引号", "发布机构",
    "作者", "浏览次数", "浏览量", "累计次数", "点击数", "名称", "标题", "文号", "主题分类", "组配分类", "信息分类", "有效性",
    "发布人", "发布者", "上载日期", "上传日期", "更新日期", "更新时间", "字号", "内容分类", "废止时间", "文件编号", "公开范围", "公开方式",
    "浏览",  # "该信息已被浏览:木环组发〔2019〕1号各乡镇党委、政府,…" (木兰县 2020, the counter's figure not stored; review bp05)
    # fields left empty: "存放位置   公开日期  2020-07-08" (临沂市交通运输局 2020, review ca01), "内容概述" / "时        效" (江苏省交通运输厅 2019, ca07)
    "存放位置", "内容概述", "时效", "主题词", "信息名称",
    # the Shanghai government sites' table, one field per line: "索取号" / "3589258689/2024-00028" / "载体类型" / … (review cb01)
    "索取号", "载体类型", "记录形式", "公开类别", "关键词", "内容描述",
)
# What a page's field holds after its label, run into the number after it when the line breaks are lost: its 有效性 ("有效性
# 失效金政发〔2021〕1号关于印发…", 金乡县 2021, review bo02) or a counter's unit, its figure not stored ("点击数:人次竹府办〔2016〕20号", web-h 03).
PAGE_FIELD_VALUES = ("现行有效", "有效", "已失效", "失效", "已废止", "废止", "人次", "次")

# The disclosure fields a government site prints under a notice ("公开程序：本单位审核后公开
# 责任部门：省政府办公厅秘书一处"): the page's, not the notice's; the fields after them too.
PAGE_FIELD_LABELS = ("公开程序", "公开方式", "公开范围", "公开时限", "公开属性")

# The label over a contents list ("目　　录" over a 预案's "1　总则" / "1.1　编制目的及依据", corpus 1096; "目录/提纲:……" on a 文秘
# site, review cr10): the headings under it are the list's, printed again with their text below.
CONTENTS_LABELS = ("目录", "提纲", "目录/提纲")

# A law database's fields, each label run into its value on a line of its own ("发文机关阜阳市人民政府" / "时效性现行有效" / "效力级别地方
# 规范性文件", 055110.com 阜阳 根治欠薪 意见, review cw04): such a line is the page's, never a title; no title opens with these words.
GLUED_FIELD_LABELS = ("发文机关", "发文字号", "时效性", "效力级别", "施行日期", "实施日期", "公布日期", "颁布日期", "失效日期", "法规类别", "效力等级")
