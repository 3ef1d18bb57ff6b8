package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTests {

    /** Anything that could run script, load a resource without a click, or restyle the page. */
    static final Pattern DANGEROUS = Pattern.compile("<script|<iframe|<frame|<svg|<math|<object|<embed|<form|<input"
            + "|<button|<textarea|<style|<link|<meta|<base|\\son[a-z]+\\s*=|javascript:|vbscript:|data:|expression\\("
            + "|url\\(|behavior|srcdoc|<!--");

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>script>alert(1)<</script>/script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"https://www.gov.cn/a.png\" onerror=\"alert(1)\">",
            "<IMG SRC=x:alert(alt) onerror=eval(src) alt=0>",
            "<img src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">点我</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">点我</a>",
            "<a href=\"&#106;avascript:alert(1)\">点我</a>",
            "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">点我</a>",
            "<a href=\"&#0000106&#0000097&#0000118&#0000097script:alert(1)\">点我</a>",
            "<a href=\"java&#x09;script:alert(1)\">点我</a>",
            "<a href=\"java\nscript:alert(1)\">点我</a>",
            "<a href=\" javascript:alert(1)\">点我</a>",
            "<a href=\"vbscript:msgbox(1)\">点我</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">点我</a>",
            "<a href=\"https://www.gov.cn/\" onclick=\"alert(1)\">点我</a>",
            "<svg onload=alert(1)><circle r=10></circle></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example/\"><input name=\"a\"><button>提交</button><textarea>x</textarea></form>",
            "<p style=\"width: expression(alert(1))\">正文</p>",
            "<p style=\"background:url(javascript:alert(1))\">正文</p>",
            "<p style=\"text-align:center;background-image:url('data:image/png;base64,AAAA')\">正文</p>",
            "<p style=\"text-align:\\63 enter\">正文</p>",
            "<p style=\"text-align:/**/center\">正文</p>",
            "<div style=\"behavior: url(x.htc)\">正文</div>",
            "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">正文</div>",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">正文</p>",
            "<style>body{display:none}</style>正文",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
            "<!--<script>alert(1)</script>-->正文",
            "<div><![CDATA[<script>alert(1)</script>]]></div>",
            "<p>未闭合<a href=\"javascript:alert(1)\">链接",
            "<p title=\"</p><script>alert(1)</script>\">正文</p>",
            "<img src=\"/files/../console/delete\">" })
    void xssPayloadsInTheBodyAreDefused(String html) {
        var safe = RichText.sanitise(html);

        assertThat(DANGEROUS.matcher(safe.toLowerCase(Locale.ROOT)).find()).as(safe).isFalse();
        assertThat(RichText.sanitise(safe)).as("sanitising is idempotent").isEqualTo(safe);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <script>alert(1)</script>正文                            | 正文
            <img src=x onerror=alert(1)>                           | ``
            <a href="javascript:alert(1)">点我</a>                   | 点我
            <a href="&#106;avascript:alert(1)">点我</a>              | 点我
            <svg onload=alert(1)><circle r=10></circle></svg>正文     | 正文
            <iframe src="https://evil.example/">框架</iframe>正文    | 正文
            <p style="color:red;width:expression(alert(1))">正文</p> | <p>正文</p>
            <p onclick="alert(1)" class="x" id="y">正文</p>           | <p>正文</p>
            <p>未闭合<b>加粗                                           | <p>未闭合<b>加粗</b></p>
            <ul><li>一<li>二</ul>                                     | <ul><li>一</li><li>二</li></ul>
            """)
    void unsafeMarkupIsRemovedAndTheTextKept(String html, String expected) {
        assertThat(RichText.sanitise(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <h2>一、总体要求</h2><h3>（一）指导思想</h3><h4>1. 原则</h4> |
            <p>正文<br>第二行</p>                                        | <p>正文<br />第二行</p>
            <p><strong>重要</strong><b>加粗</b><em>强调</em><i>斜体</i><u>下划线</u><s>删除</s>H<sub>2</sub>O m<sup>2</sup></p> |
            <ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引文</blockquote> |
            <table><thead><tr><th colspan="2">表头</th></tr></thead><tbody><tr><td rowspan="2">甲</td><td>乙</td></tr></tbody></table> |
            <p style="text-indent:2em">为全面推进基层政务公开标准化规范化工作</p> |
            <p style="text-align:right">嘉兴市人民政府办公室</p> |
            <div style="text-align:center">附件</div><span style="text-align:justify">文字</span> |
            <td style="text-align:center">居中</td>                      | <table><tbody><tr><td style="text-align:center">居中</td></tr></tbody></table>
            """)
    void theFormattingOfAGovernmentDocumentIsKept(String html, String expected) {
        assertThat(RichText.sanitise(html)).isEqualTo(expected == null ? html : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <h1>标题</h1>                                    | <h2>标题</h2>
            <h5>小标题</h5><h6>更小</h6>                        | <h4>小标题</h4><h4>更小</h4>
            <strike>旧</strike><del>删</del>                  | <s>旧</s><s>删</s>
            <font face="仿宋_GB2312" size="4">正文</font>       | 正文
            <p class="MsoNormal" lang="EN-US">正文</p>          | <p>正文</p>
            <p style="TEXT-ALIGN: CENTER; FONT-SIZE: 16pt">居中</p> | <p style="text-align:center">居中</p>
            <p style="text-indent: 2.0em; line-height: 28pt">缩进</p> | <p style="text-indent:2.0em">缩进</p>
            <p style="text-indent:32pt">缩进</p>                | <p>缩进</p>
            <p style="text-indent:-2em">缩进</p>               | <p>缩进</p>
            <p style="text-align:left;text-indent:2em">两项</p> | <p style="text-align:left;text-indent:2em">两项</p>
            <span style="color:red">红字</span>                 | 红字
            <td colspan="0">零</td><td rowspan="100">多</td>    | <table><tbody><tr><td>零</td><td>多</td></tr></tbody></table>
            """)
    void pastedWordMarkupIsReducedToThePolicy(String html, String expected) {
        assertThat(RichText.sanitise(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <a href="https://www.gov.cn/zhengce/">政策</a>    | <a href="https://www.gov.cn/zhengce/" rel="noopener noreferrer nofollow">政策</a>
            <a href="http://www.jiaxing.gov.cn/">嘉兴</a>     | <a href="http://www.jiaxing.gov.cn/" rel="noopener noreferrer nofollow">嘉兴</a>
            <a href="mailto:gk@example.gov.cn">来信</a>        | <a href="mailto:gk&#64;example.gov.cn" rel="noopener noreferrer nofollow">来信</a>
            <a href="/files/2020/37.pdf">附件</a>              | <a href="/files/2020/37.pdf" rel="noopener noreferrer nofollow">附件</a>
            <a href="https://www.gov.cn/" target="_blank" rel="opener">政策</a> | <a href="https://www.gov.cn/" rel="noopener noreferrer nofollow">政策</a>
            <a href="//evil.example/">外站</a>                 | 外站
            <a href="ftp://example.gov.cn/">文件</a>           | 文件
            <a name="top">锚点</a>                             | 锚点
            """)
    void linksAreLimitedToWebMailAndThisSiteAndNeverPassTheReferrer(String html, String expected) {
        assertThat(RichText.sanitise(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <img src="https://www.gov.cn/a.png" alt="示意图" width="600" height="400"> | <img src="https://www.gov.cn/a.png" alt="示意图" width="600" height="400" />
            <img src="/files/2020/a.png" alt="图">                                   | <img src="/files/2020/a.png" alt="图" />
            <img src="/console/a.png" alt="图">                                      | ``
            <img src="//evil.example/a.png">                                         | ``
            <img src="https://www.gov.cn/a.png" width="100%" height="-1" style="x">  | <img src="https://www.gov.cn/a.png" />
            <img alt="无图">                                                         | ``
            """)
    void imagesComeFromTheWebOrTheFileStoreButNeverFromDataUrls(String html, String expected) {
        assertThat(RichText.sanitise(html)).isEqualTo(expected);
    }

    @Test
    void chinesePunctuationIsStoredAsItselfButFullWidthHtmlSyntaxStaysEncoded() {
        assertThat(RichText.sanitise("<p>各村（社区）：现将《通知》印发给你们，请认真贯彻执行！</p>"))
                .isEqualTo("<p>各村（社区）：现将《通知》印发给你们，请认真贯彻执行！</p>");
        assertThat(RichText.sanitise("＜script＞alert（1）＜/script＞ ﹤b﹥ ＂＇＝＆"))
                .isEqualTo("&#xff1c;script&#xff1e;alert（1）&#xff1c;/script&#xff1e; &#xfe64;b&#xfe65; "
                        + "&#xff02;&#xff07;&#xff1d;&#xff06;");
        assertThat(RichText.sanitise("&amp;#xff08;")).isEqualTo("&amp;#xff08;");
        assertThat(RichText.plainText("<p>＜（１）＞</p>")).isEqualTo("＜（１）＞");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingSanitisesToNothing(String html) {
        assertThat(RichText.sanitise(html)).isEmpty();
        assertThat(RichText.plainText(html)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <p>第一段</p><p>第二段</p>                              | 第一段 第二段
            重<b>要</b>通知                                         | 重要通知
            <p>甲&nbsp;&amp;&nbsp;乙 &lt;丙&gt; &ldquo;丁&rdquo;</p> | 甲 & 乙 <丙> “丁”
            <p>　　为全面推进工作，</p>\\n\\n<p>  现通知如下：  </p>     | 为全面推进工作， 现通知如下：
            <table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table> | 甲 乙 丙
            <ul><li>一</li><li>二</li></ul>行<br>尾                  | 一 二 行 尾
            <script>var a = 1;</script><style>p{}</style>正文         | 正文
            <iframe>框架</iframe><p onclick="x()">正文</p>            | 正文
            <p>未闭合<b>加粗                                         | 未闭合加粗
            纯文本                                                  | 纯文本
            """)
    void plainTextIsWhatAReaderSeesWithoutMarkup(String html, String expected) {
        assertThat(RichText.plainText(html.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <script>alert(1)</script>标题                       | 标题
            &lt;script&gt;alert(1)&lt;/script&gt;标题           | 标题
            <b>关于</b>印发责任清单的通知                          | 关于印发责任清单的通知
            关于<img src=x onerror=alert(1)>印发的通知             | 关于印发的通知
            `  关于印发\t责任清单的通知  `                         | 关于印发 责任清单的通知
            关于&ldquo;三安全一稳定&rdquo;的说明                   | 关于“三安全一稳定”的说明
            关于PM2.5<35微克的说明                                | 关于PM2.5<35微克的说明
            A &amp; B                                           | A & B
            """)
    void aTitleLosesItsMarkupAndKeepsItsText(String title, String expected) {
        assertThat(RichText.cleanTitle(title)).isEqualTo(expected);
    }

    @Test
    void aTitleLosesControlAndInvisibleCharacters() {
        assertThat(RichText.cleanTitle("\u0007关于\u0000印发\u200B的\u202E通知\uFEFF\r\n")).isEqualTo("关于印发的通知");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\u3000", "<script>alert(1)</script>", "<p></p>", "\u200B\u0000", "<img src=x>" })
    void aTitleThatIsEmptyWithoutItsMarkupIsRejected(String title) {
        assertThatIllegalArgumentException().isThrownBy(() -> RichText.cleanTitle(title)).withMessageStartingWith("标题不能为空");
    }
}
