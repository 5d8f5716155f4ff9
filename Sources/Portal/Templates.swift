import Mustache

/// The portal's page templates (Mustache, HTML-escaping every `{{value}}`): one layout shared by
/// every page through the `top` and `bottom` partials, then one template per pane. Page models
/// (Pages.swift) fill them; nothing else writes HTML.
enum Templates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in all {
            // the templates are constants of the program: a syntax error is caught by the tests
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }()

    static let all: [(String, String)] = [
        ("top", top), ("bottom", bottom), ("overview", overview), ("products", products), ("product", product),
        ("groupsWithErrors", groupsWithErrors), ("group", group), ("user", user), ("why", why), ("audit", audit),
        ("signin", signin), ("problem", problem),
    ]

    static let top = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        {{#stamp}}<meta name="licenselab-stamp" content="{{stamp}}">{{/stamp}}
        <title>{{title}} - LicenseLab portal</title>
        <link rel="stylesheet" href="/portal/static/portal.css">
        <script src="/portal/static/live.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
        <p class="brand">LicenseLab portal{{#tenantName}} &middot; tenant <strong>{{tenantName}}</strong>{{/tenantName}}</p>
        {{#signedIn}}
        <nav aria-label="Portal">
        <ul>
        <li><a href="/"{{#navOverview}} aria-current="page"{{/navOverview}}>Licenses &gt; Overview</a></li>
        <li><a href="/portal/products"{{#navProducts}} aria-current="page"{{/navProducts}}>All products</a></li>
        <li><a href="/portal/groups/errors"{{#navErrors}} aria-current="page"{{/navErrors}}>Groups with errors</a></li>
        <li><a href="/portal/audit"{{#navAudit}} aria-current="page"{{/navAudit}}>Audit log</a></li>
        </ul>
        </nav>
        <form class="signout" method="post" action="/portal/signout"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Sign out</button></form>
        {{/signedIn}}
        </header>
        <main id="main">
        {{#hasCrumbs}}<nav aria-label="Breadcrumb"><ol class="crumbs">{{#crumbs}}<li><a href="{{href}}">{{label}}</a></li>{{/crumbs}}</ol></nav>{{/hasCrumbs}}
        <h1>{{title}}</h1>
        <p id="live" class="live" role="status" aria-live="polite"></p>
        {{#flash}}<div class="notice {{kind}}" role="alert"><p><strong>{{label}}:</strong> {{text}}</p></div>{{/flash}}
        """

    static let bottom = """
        </main>
        <footer><p>A local lab: nothing here reaches Microsoft. Pages follow the classic Azure AD license panes the group-licensing article shows; {{helpText}}</p></footer>
        </body>
        </html>
        """

    static let overview = """
        {{> top}}
        <section aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <dl class="facts">
        <dt>Products</dt><dd><a href="/portal/products">{{productCount}}</a></dd>
        <dt>Licensed users</dt><dd>{{licensedUsers}}</dd>
        <dt>Groups with licenses</dt><dd>{{licensedGroups}}</dd>
        </dl>
        </section>
        {{#errorGroups}}
        <div class="notice warning" role="note"><p><strong>Attention:</strong> {{errorGroupsText}} <a href="/portal/groups/errors">See the groups with errors</a></p></div>
        {{/errorGroups}}
        {{^errorGroups}}<p class="ok"><strong>OK:</strong> No group has members in a license error state.</p>{{/errorGroups}}
        {{> bottom}}
        """

    static let products = """
        {{> top}}
        <table>
        <caption>Products the tenant owns</caption>
        <thead><tr><th scope="col">Product</th><th scope="col">Part number</th><th scope="col">Total</th><th scope="col">Assigned</th><th scope="col">Available</th><th scope="col">Warning</th><th scope="col">Suspended</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td>{{part}}</td><td>{{total}}</td><td>{{assigned}}</td><td>{{available}}{{#none}} <strong>(none left)</strong>{{/none}}</td><td>{{warning}}</td><td>{{suspended}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{> bottom}}
        """

    static let product = """
        {{> top}}
        <dl class="facts"><dt>Part number</dt><dd>{{part}}</dd><dt>Total</dt><dd>{{total}}</dd><dt>Assigned</dt><dd>{{assigned}}</dd><dt>Available</dt><dd>{{available}}</dd></dl>
        <nav aria-label="Tabs"><ul class="tabs">
        <li><a href="{{usersHref}}"{{#tabUsers}} aria-current="page"{{/tabUsers}}>Licensed users</a></li>
        <li><a href="{{groupsHref}}"{{#tabGroups}} aria-current="page"{{/tabGroups}}>Licensed groups</a></li>
        </ul></nav>
        {{#tabUsers}}
        <form method="get" action="{{path}}" role="search">
        <label for="q">Search users by name or user principal name</label>
        <input id="q" name="q" type="search" value="{{query}}">
        <button type="submit">Search</button>
        </form>
        <table>
        <caption>Licensed users: {{resultText}}</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">User principal name</th><th scope="col">Assignment paths</th><th scope="col">State</th></tr></thead>
        <tbody>
        {{#users}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td>{{upn}}</td><td>{{paths}}</td><td>{{state}}{{#error}} <a href="{{whyHref}}">Why?</a>{{/error}}</td></tr>
        {{/users}}
        </tbody>
        </table>
        <nav aria-label="Pages"><p class="pager">{{#prevHref}}<a href="{{prevHref}}" rel="prev">Previous page</a> {{/prevHref}}{{pageText}}{{#nextHref}} <a href="{{nextHref}}" rel="next">Next page</a>{{/nextHref}}</p></nav>
        {{/tabUsers}}
        {{#tabGroups}}
        <table>
        <caption>Licensed groups</caption>
        <thead><tr><th scope="col">Group</th><th scope="col">Members</th><th scope="col">Status</th></tr></thead>
        <tbody>
        {{#groups}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td>{{members}}</td><td>{{status}}</td></tr>
        {{/groups}}
        </tbody>
        </table>
        {{/tabGroups}}
        {{> bottom}}
        """

    static let groupsWithErrors = """
        {{> top}}
        <table>
        <caption>Groups with members in a license error state</caption>
        <thead><tr><th scope="col">Group</th><th scope="col">Users in error</th><th scope="col">Products</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td>{{errors}}</td><td>{{products}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{^rows}}<p class="ok"><strong>OK:</strong> No group has members in a license error state.</p>{{/rows}}
        {{> bottom}}
        """

    static let group = """
        {{> top}}
        <dl class="facts"><dt>Members</dt><dd>{{memberCount}}</dd><dt>Security enabled</dt><dd>{{security}}</dd><dt>Processing state</dt><dd>{{processing}}</dd></dl>
        <h2>Licenses</h2>
        <div class="toolbar">
        <form method="post" action="{{path}}/reprocess"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Reprocess</button></form>
        </div>
        <div class="notice {{statusKind}}" role="status"><p><strong>{{statusLabel}}:</strong> {{statusText}}{{#hasErrors}} <a href="#errors">Show the users in error</a>{{/hasErrors}}</p></div>
        <table>
        <caption>Assigned products and their enabled services</caption>
        <thead><tr><th scope="col">Product</th><th scope="col">Enabled services</th><th scope="col">Change</th></tr></thead>
        <tbody>
        {{#licenses}}<tr><th scope="row"><a href="{{href}}">{{name}}</a> ({{part}})</th><td>
        <form method="post" action="{{path}}/licenses"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="action" value="plans"><input type="hidden" name="sku" value="{{skuId}}">
        <fieldset><legend>Services of {{name}}</legend>
        {{#plans}}<label><input type="checkbox" name="plan" value="{{id}}"{{#on}} checked{{/on}}> {{friendly}} ({{planName}})</label><br>
        {{/plans}}
        </fieldset>
        <button type="submit">Save services of {{part}}</button></form></td>
        <td><form method="post" action="{{path}}/licenses"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="action" value="remove"><input type="hidden" name="sku" value="{{skuId}}"><button type="submit">Remove {{part}}</button></form></td></tr>
        {{/licenses}}
        </tbody>
        </table>
        {{#hasAddable}}
        <form method="post" action="{{path}}/licenses"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="action" value="add">
        <label for="addsku">Assign a product</label>
        <select id="addsku" name="sku">{{#addable}}<option value="{{skuId}}">{{name}} ({{part}}), {{available}} available</option>{{/addable}}</select>
        <button type="submit">Assign</button></form>
        {{/hasAddable}}
        <h2 id="errors">Users in error</h2>
        <table>
        <caption>Members whose licenses from this group couldn't be assigned: {{errorCountText}}</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">User principal name</th><th scope="col">Failed assignments</th><th scope="col">Top reason for failure</th><th scope="col">Explanation</th></tr></thead>
        <tbody>
        {{#errors}}<tr><th scope="row"><a href="{{href}}">{{name}}</a></th><td>{{upn}}</td><td>{{failed}}</td><td>{{reason}} (<code>{{code}}</code>)</td><td><a href="{{whyHref}}">Why?</a></td></tr>
        {{/errors}}
        </tbody>
        </table>
        <nav aria-label="Pages"><p class="pager">{{#prevHref}}<a href="{{prevHref}}" rel="prev">Previous page</a> {{/prevHref}}{{pageText}}{{#nextHref}} <a href="{{nextHref}}" rel="next">Next page</a>{{/nextHref}}</p></nav>
        {{> bottom}}
        """

    static let user = """
        {{> top}}
        <dl class="facts"><dt>User principal name</dt><dd>{{upn}}</dd><dt>Usage location</dt><dd>{{location}}</dd><dt>Licensed</dt><dd>{{licensed}}</dd></dl>
        <div class="toolbar">
        <form method="post" action="{{path}}/reprocess"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Reprocess</button></form>
        {{#hasErrors}}<p><a href="{{whyHref}}">Why are licenses in error?</a></p>{{/hasErrors}}
        </div>
        <h2>Licenses</h2>
        <table>
        <caption>Products, assignment paths and states</caption>
        <thead><tr><th scope="col">Product</th><th scope="col">Assignment path</th><th scope="col">State</th><th scope="col">Error</th><th scope="col">Enabled services</th></tr></thead>
        <tbody>
        {{#records}}<tr><th scope="row"><a href="{{href}}">{{name}}</a> ({{part}})</th><td>{{path}}</td><td>{{state}}</td><td>{{#error}}{{reason}} (<code>{{code}}</code>) <a href="{{whyHref}}">Why?</a>{{/error}}{{^error}}None{{/error}}</td><td>{{plans}}</td></tr>
        {{/records}}
        </tbody>
        </table>
        {{^records}}<p>The user has no licenses.</p>{{/records}}
        <h2>Profile</h2>
        <form method="post" action="{{path}}/usage-location"><input type="hidden" name="csrf" value="{{csrf}}">
        <label for="loc">Usage location (two-letter country code; empty to clear)</label>
        <input id="loc" name="usageLocation" value="{{locationValue}}" maxlength="2" size="3" autocomplete="off">
        <button type="submit">Save usage location</button></form>
        {{> bottom}}
        """

    static let why = """
        {{> top}}
        {{#entries}}<section class="why"><h2>{{heading}}</h2>{{#lines}}<p>{{.}}</p>{{/lines}}</section>
        {{/entries}}
        {{^entries}}<p class="ok"><strong>OK:</strong> {{noneText}}</p>{{/entries}}
        <p>The shell prints the same text: <code>Get-LabLicenseDiagnosis -UserPrincipalName {{upn}}</code></p>
        {{> bottom}}
        """

    static let audit = """
        {{> top}}
        <table>
        <caption>The newest {{shown}} records, newest first</caption>
        <thead><tr><th scope="col">Date (UTC)</th><th scope="col">Category</th><th scope="col">Activity</th><th scope="col">Status</th><th scope="col">Initiated by</th><th scope="col">Target</th><th scope="col">Modified properties</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{time}}</td><td>{{category}}</td><td>{{activity}}</td><td>{{result}}</td><td>{{by}}</td><td>{{#href}}<a href="{{href}}">{{target}}</a>{{/href}}{{^href}}{{target}}{{/href}}</td><td>{{detail}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{> bottom}}
        """

    static let signin = """
        {{> top}}
        <p>Paste the token <code>licenselab serve</code> printed at start (or one from <code>New-LabGraphToken</code>), or open the sign-in link it printed.</p>
        <form method="post" action="/portal/signin">
        <label for="token">Token</label>
        <input id="token" name="token" type="password" autocomplete="off" required>
        <button type="submit">Sign in</button></form>
        {{> bottom}}
        """

    static let problem = """
        {{> top}}
        <p>{{reason}}</p>
        <p><a href="/">Back to Licenses &gt; Overview</a></p>
        {{> bottom}}
        """
}
