package io.github.crossfoot.cli.serve;

/**
 * A request the server refuses: an HTTP status, a stable code ({@code request.too-large}) and a
 * message in Chinese and English. Answered as {@code {"status":…,"error":…,"message":{"zh":…,"en":…}}}.
 */
final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String zh;
    private final String en;
    /** The methods the address takes, for a 405's Allow header; null otherwise. */
    private final String allow;

    ApiException(int status, String code, String zh, String en) {
        this(status, code, zh, en, null);
    }

    private ApiException(int status, String code, String zh, String en, String allow) {
        super(code + ": " + en);
        this.status = status;
        this.code = code;
        this.zh = zh;
        this.en = en;
        this.allow = allow;
    }

    String allow() {
        return allow;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }

    static ApiException notFound(String path) {
        return new ApiException(404, "request.not-found", "没有这个地址：" + path + "。可用的有 /、/api/check、/api/check-all、/api/rules、/api/openapi.json。",
                "No such address: " + path + ". There are /, /api/check, /api/check-all, /api/rules and /api/openapi.json.");
    }

    static ApiException method(String method, String allowed) {
        return new ApiException(405, "request.method", "此地址不接受 " + method + " 请求，请用 " + allowed + "。",
                "This address does not take " + method + "; use " + allowed + ".", allowed);
    }

    static ApiException mediaType(String type) {
        return new ApiException(415, "request.media-type",
                "不支持的内容类型「" + type + "」。请上传报告文件（multipart/form-data，或原样上传文档并注明 name），或以 application/json 提交表格数字。",
                "Unsupported content type '" + type + "'. Upload a report (multipart/form-data, or the document itself with its "
                        + "name), or send the tables' numbers as application/json.");
    }

    static ApiException empty() {
        return new ApiException(400, "request.empty", "请求中没有内容：请附上一份报告。", "The request is empty: attach a report.");
    }

    static ApiException noDocument() {
        return new ApiException(400, "request.empty", "表单中没有报告文件或文本。",
                "The form holds no report file and no text.");
    }

    static ApiException tooLarge(long maxBytes) {
        String mb = maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB"
                : maxBytes % 1024 == 0 ? maxBytes / 1024 + " KB" : maxBytes + " bytes";
        return new ApiException(413, "request.too-large", "请求超过 " + mb + " 的大小上限，未读取。",
                "The request is larger than the " + mb + " limit; it was not read.");
    }

    static ApiException malformed(String zhWhat, String enWhat) {
        return new ApiException(400, "request.malformed", "请求格式有误：" + zhWhat, "The request is malformed: " + enWhat);
    }

    static ApiException invalid(String zhWhat, String enWhat) {
        return new ApiException(400, "request.invalid", zhWhat, enWhat);
    }

    static ApiException rulesNotAllowed() {
        return new ApiException(403, "rules.not-allowed",
                "本服务不接受上传规则文件（启动时未指定 --allow-rules）。",
                "This server does not take rule files (it was not started with --allow-rules).");
    }

    static ApiException rules(String problems) {
        return new ApiException(400, "rules.invalid", "规则文件有错误：\n" + problems, "The rule file has errors:\n" + problems);
    }

    static ApiException busy() {
        return new ApiException(503, "server.busy", "服务器正忙（排队已满），请稍后再试。",
                "The server is busy (its queue is full); try again shortly.");
    }

    static ApiException internal() {
        return new ApiException(500, "server.error", "服务器内部错误，未能完成检查；详情见服务器日志。",
                "Internal server error: the check did not complete; the server's log says more.");
    }
}
