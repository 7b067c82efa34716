-- Seeds the published Framework Fork articles (Django vs Flask guides, comparisons, performance, security, community) and their source links.

INSERT INTO article (slug, title, summary, category_id, body_markdown, published_on, published)
VALUES ('what-each-framework-gives-you', 'What Each Framework Gives You Out of the Box', 'Django ships an ORM, admin, auth, forms and more; Flask ships a small core and leaves the rest to extensions. Here is what you get with each, what Flask adds on, and how apps, blueprints and MVT organise your code.',
        (SELECT id FROM category WHERE slug = 'comparisons'),
        'Django and Flask sit at opposite ends of the Python web framework range. Django comes “batteries included”; Flask describes itself as a micro-framework and leaves most choices to you. This article walks through what you actually get when you install each one, which extensions Flask needs to reach the same ground, and how each framework organises your code.

The decision-advisor post (S1, June 2026) sums up the contrast with a housing image: Django is a house that arrives fully furnished, while Flask is an empty flat with solid structure. You can move into the first on day one; the second lets you pick every piece of furniture, but you have to go out and choose it.

## What Django includes

Install Django and you get a full-stack toolkit:

- **An ORM with migrations.** Define models as Python classes, generate schema migrations from them and apply them with `manage.py migrate`.
- **An admin panel.** A back office generated from your models.
- **Authentication.** Users, groups, permissions, and login and logout handling.
- **URL routing.** Patterns in `urls.py` mapped to views.
- **A template engine.** The Django Template Language, usually shortened to DTL.
- **Forms.** Declaration, validation and rendering.
- **A development server** for local work.
- **Sessions and a caching framework.**
- **Sitemaps and RSS feeds**, handy for content sites.

Several security protections are also switched on from the start; [security defaults compared](/articles/security-defaults-compared) covers them in detail.

Because all of these ship together, they are documented together and upgraded together. The admin knows about your models, the forms know about your models, and authentication plugs into both.

## What Flask includes

Flask is built on two libraries: Werkzeug, a WSGI toolkit that handles the HTTP plumbing, and Jinja2 for templates. Out of the box you get:

- URL routing, declared with decorators
- request and response handling
- Jinja2 templates
- a development server with an interactive debugger
- secure, signed cookies
- a test client

That is a small, coherent core. Anything beyond it, such as a database layer, user accounts, forms or an admin, comes from extensions or libraries you choose.

## The extensions a typical Flask app adds

Most real Flask projects end up with some mix of these:

- **Data:** SQLAlchemy, usually via Flask-SQLAlchemy; or Peewee; or MongoEngine if you use MongoDB.
- **Migrations:** Flask-Migrate, a wrapper around Alembic.
- **Users:** Flask-Login for login state, or Flask-Security for a broader bundle.
- **Forms and CSRF protection:** Flask-WTF.
- **Admin:** Flask-Admin.

Each is a separate project with its own documentation, release cycle and opinions. That is the point of Flask: you can choose a document database instead of SQL without fighting the framework. It also means the integration work is yours. S1 warns of “extension fatigue” once that list grows long, and the [ecosystem article](/articles/ecosystem-community-and-learning-curve) looks at that cost more closely.

## Side by side

Tech Insider’s feature table (S5, April 2026) compares Django 5.2 with Flask 3.1. A condensed version:

| Feature | Django 5.2 | Flask 3.1 |
|---|---|---|
| Type | Full-stack | Micro-framework (WSGI) |
| Pattern | MVT | None enforced |
| ORM | Built in | None; SQLAlchemy via extension |
| Admin | Built in | Flask-Admin extension |
| Auth | Built in | Flask-Login extension |
| Templates | DTL | Jinja2 |
| Migrations | Built in (`manage.py migrate`) | Flask-Migrate (Alembic) |
| Async | Native ASGI | Via an ASGI server |
| REST | Django REST Framework | Flask-RESTful, Flask-RESTX, Marshmallow |
| Testing | Test client + pytest-django | Test client + pytest |
| Python | 3.10+ | 3.9+ |

The async row is S5’s own description. How far async gets you in practice depends on your server and on whether your code and libraries are async themselves, so check the current documentation before you plan around it.

## How code is organised: apps and blueprints

Django splits a project into **apps**. An app is a Python package holding its own models, views, URL patterns, templates, admin registrations and migrations. A blog, a shop and an accounts area would typically be three apps. Apps are meant to be reusable: a great many third-party Django packages are simply apps you add to your settings.

Flask’s unit of organisation is the **blueprint**: a group of routes, templates and static files that you register on the application. Blueprints are a good way to break a growing Flask app into parts, but they carry no opinion about data. Where your models and database code live is still your decision.

The difference is subtle but real. A Django app is a complete vertical slice, from table to page. A Flask blueprint is mainly a slice of the URL space, and the rest of the structure is whatever you build around it.

## MVT: Django’s pattern

Django follows model-view-template, or MVT:

- The **model** describes your data and its behaviour and maps to database tables through the ORM.
- The **view** receives a request, does the work (often querying models) and returns a response.
- The **template** turns data into HTML.

If you know MVC, the naming can confuse: Django’s “view” does roughly what a controller does in MVC, and the template plays the part of the MVC “view”. URL dispatch, the remaining controller duty, is handled by the framework.

Flask enforces no pattern at all. You can arrange a Flask app as MVC, as a set of service modules, or as a single file, and Flask will not object. That freedom is a relief for a small API and a responsibility on a large codebase, because nobody else will keep the structure consistent for you.

## What this means when you choose

- If your project needs most of Django’s built-ins, such as models, an admin, user accounts and forms, Django hands them over already integrated.
- If you need only routing and JSON, Flask’s core covers it and nothing else gets in the way.
- If you are somewhere in between, list the extensions you would add to Flask. If that list covers most of what Django ships, you are rebuilding Django piece by piece, with the integration and upkeep on your side.

For the full side-by-side view, see the [architecture](/compare/django-vs-flask#architecture) and [data and ORM](/compare/django-vs-flask#data-and-orm) sections of the comparison, or [take the six-question quiz](/decide) for a verdict on your own project.

## Sources

- S1: "Django vs Flask: Which Python Web Framework Should You Choose?", decision-advisor blog, June 2026
- S5: "Django vs Flask 2026", Tech Insider, April 2026',
        DATE '2026-06-09', TRUE);
INSERT INTO article_source (article_id, source_id)
SELECT a.id, s.id FROM article a, source s WHERE a.slug = 'what-each-framework-gives-you' AND s.code IN ('S1', 'S5');

INSERT INTO article (slug, title, summary, category_id, body_markdown, published_on, published)
VALUES ('performance-claims-and-why-they-disagree', 'Performance Claims: Why Django and Flask Numbers Disagree', 'One source says a few hundred requests per second, another says tens of thousands. Both sets of figures with their context, and why neither should pick your framework for you.',
        (SELECT id FROM category WHERE slug = 'performance'),
        'Ask how fast Django and Flask are and you will get answers that differ not by a few percent but by a factor of a hundred. Two of the sources behind this site show that clearly. Below are both sets of figures with their context, the qualitative points from a third source, and an explanation of how such numbers can all be reported in good faith and still disagree.

## The modest-hardware view (S1)

The decision-advisor post (S1, June 2026) gives rough throughput on modest hardware: Django at about 100 to 200 requests per second, Flask at about 200 to 300. It puts Flask’s edge down to doing less work per request, with less middleware sitting between the incoming request and your code.

S1 then plays down its own figures. In a real application, it says, the limit is usually the database or calls to external APIs rather than the framework. And if raw speed really were the priority, S1 suggests looking at FastAPI or a compiled language instead of choosing between these two.

## The benchmark view (S5)

Tech Insider (S5, April 2026) publishes much larger numbers, which it attributes to TechEmpower Round 23 and to a “Python Speed Center 2026”. It compares Django 5.2 running on Uvicorn with Flask 3.1 running on Gunicorn, in requests per second:

| Test, as S5 reports it | Django 5.2 (Uvicorn) | Flask 3.1 (Gunicorn) |
|---|---|---|
| JSON serialization | 32,000 | 45,000 |
| Single database query | 18,500 | 19,200 |
| Multiple database queries (20 per request) | 3,800 | 3,200 |
| Template rendering | 12,400 | 14,100 |
| Async I/O | 28,000 | 31,000 |
| Full-stack app simulation | 8,200 | 7,900 |

Some patterns stand out:

- Flask leads most clearly on JSON serialization, the lightest test, where framework overhead is most of the work being done.
- With one database query per request the two are close. With twenty, Django comes out ahead, which fits S4’s remark below that Django handles complex queries well.
- Flask is ahead on template rendering and async I/O by roughly 10 to 15 percent.
- In the full-stack simulation, the row closest to a real application, Django is slightly ahead.

S5 draws two conclusions. Under realistic workloads, it says, the gap between the frameworks is under 15%. And running Django under ASGI gives about 2.5 times the throughput of WSGI on I/O-bound work. Both are S5’s claims; this site has not reproduced them.

A note on S5’s version details: the article gives release dates for Django 5.2 and Flask 3.1 that do not line up with when the projects actually released them. Django 5.2 shipped in April 2025 and Flask 3.1 in November 2024. That does not by itself invalidate the benchmark table, but it is a reason to treat the article’s specifics with some care.

## The qualitative view (S4)

The freelance developer’s post (S4, 28 Nov 2024) gives no figures but makes points that sit well with the numbers above:

- Django is slower to start, but strong on complex queries, and it ships with a caching framework.
- Flask starts faster and needs less memory, but caching is something you set up yourself.

Start-up time and memory matter most where processes start often or run in large numbers: serverless functions, many small containers, command-line tools. For a long-running web server they matter much less than what happens on each request.

## Why the numbers differ by two orders of magnitude

S1’s hundreds and S5’s tens of thousands are not necessarily in conflict. They describe different things under different conditions.

**Hardware.** “Modest hardware” suggests a small virtual server with a core or two. Benchmark suites usually run on powerful multi-core machines with fast networking. Throughput for this kind of work rises with the number of cores, so the hardware alone can account for a large multiplier.

**Workload.** A benchmark endpoint that returns a fixed JSON object does almost nothing. A real view checks the session, loads the user, runs a few queries, renders a template and writes a log line. Every step costs time.

**Server and configuration.** S5 runs Django on Uvicorn, an ASGI server, and Flask on Gunicorn, a WSGI server. The server, the number of workers and the worker type all move results a lot, and they differ between the two columns of S5’s own table. So even S5’s rows are not a pure framework-against-framework comparison.

**What is measured.** Peak requests per second at saturation, median response time, and throughput while staying under a latency target are three different numbers. A source saying a framework “handles 200 requests per second” may mean comfortable sustained load, not the ceiling.

**Lab versus real app.** Benchmarks strip out middleware, authentication, logging and everything else that makes an app useful. S1 credits Flask’s advantage precisely to cutting middleware; a production app usually puts much of it back.

**The database.** Once a request waits on the database, the framework’s own speed fades into the background. If a query takes 20 milliseconds, one worker handling one request at a time cannot exceed about 50 requests per second, however quick the framework is. That is why S5’s multi-query row sits roughly an order of magnitude below its JSON row, and why S1 names the database as the usual bottleneck.

## What to take from all this

- Neither source suggests the framework will be the bottleneck in a typical app. S5 puts the realistic gap under 15%; S1 says the database usually matters more.
- Flask’s lighter core shows up in micro-benchmarks, start-up time and memory use (S4, S5).
- Django under ASGI may gain considerably on I/O-heavy work, if S5’s 2.5x figure holds for your case.
- If raw throughput truly decides your project, S1 and S5 both suggest FastAPI for pure APIs with heavy async needs.

The only number you can fully trust is the one you measure yourself. Build a representative endpoint in each framework, with your real queries, on hardware like your production servers, and load-test it. In most projects you will find that indexes, caching and the number of queries per page matter far more than the framework.

For the short version, see the [performance section of the comparison](/compare/django-vs-flask#performance). For everything else that should drive the choice, read [the decision guide](/articles/django-or-flask-decision-guide) or [take the six-question quiz](/decide).

## Sources

- S1: "Django vs Flask: Which Python Web Framework Should You Choose?", decision-advisor blog, June 2026
- S4: "Flask vs Django: Choosing the Right Framework for Your Project", freelance developer’s blog, 28 Nov 2024
- S5: "Django vs Flask 2026", Tech Insider, April 2026',
        DATE '2026-07-07', TRUE);
INSERT INTO article_source (article_id, source_id)
SELECT a.id, s.id FROM article a, source s WHERE a.slug = 'performance-claims-and-why-they-disagree' AND s.code IN ('S1', 'S4', 'S5');

INSERT INTO article (slug, title, summary, category_id, body_markdown, published_on, published)
VALUES ('security-defaults-compared', 'Security Defaults Compared: What Django and Flask Protect Out of the Box', 'Django switches on most web-security protections by default; Flask gives you a few and leaves the rest to you. CSRF, XSS, SQL injection, clickjacking, sessions and passwords in each, plus a checklist.',
        (SELECT id FROM category WHERE slug = 'security'),
        'Security is one of the most practical differences between Django and Flask. Both can be made secure. What differs is the starting point: how much protection you have on the day you create the project, before you have given security a single thought. The Mattermost community blog (S2, March 2022) and Tech Insider (S5, April 2026) both make this point, and S5’s feature table sums it up in one row: Django has CSRF, XSS, SQL injection and clickjacking protection on by default, while Flask leaves you to configure protection by hand.

## What Django switches on for you

A new Django project comes with these protections active, or ready to enable in settings:

- **CSRF tokens.** Forms that change data must carry a token, which middleware checks. A forged request sent from another site fails.
- **XSS auto-escaping.** The template language escapes variables before putting them into HTML, so user input is displayed as text rather than run as script.
- **Parameterised SQL.** The ORM sends values separately from the query text, which shuts out SQL injection in ordinary queries.
- **Clickjacking protection.** The X-Frame-Options header stops other sites from embedding your pages in a frame.
- **Host header validation.** Requests whose Host header is not on your allowed list are refused.
- **Secure session cookies.** Sessions are built in, and settings let you restrict the cookie to HTTPS and keep it away from scripts.
- **Password hashing.** Passwords are stored using PBKDF2 by default, with Argon2 and bcrypt available as alternatives.
- **SSL and HSTS settings.** Redirecting to HTTPS and sending a Strict-Transport-Security header are a matter of a few settings.

Most of this works without you writing any code. The rest is configuration you turn on when you deploy.

## What Flask gives you, and what it leaves to you

Flask’s core covers some of the ground:

- **Auto-escaping in templates.** Jinja2 escapes HTML templates by default, so the basic XSS defence is present, as in Django.
- **Signed cookies for sessions.** Flask’s session lives in a cookie signed with your app’s secret key. That only protects you if `SECRET_KEY` is a long random value kept out of your source code. A weak or leaked key lets anyone forge a session.

The rest is up to you:

- **CSRF:** add Flask-WTF or Flask-SeaSurf.
- **Password hashing:** use the helpers in Werkzeug, which ships with Flask, or a library such as passlib.
- **SQL injection:** if you go through SQLAlchemy’s query API or bound parameters, values are sent safely; if you build SQL strings by hand, you are exposed.
- **Clickjacking, host validation, HTTPS redirects and HSTS:** set the headers and checks yourself, in your app or at your proxy.

## Side by side

| Protection | Django | Flask |
|---|---|---|
| CSRF | On by default | Flask-WTF or Flask-SeaSurf |
| XSS in templates | Auto-escaping on | Jinja2 auto-escapes HTML templates |
| SQL injection | ORM parameterises queries | Depends on your data layer |
| Clickjacking | X-Frame-Options on | Add the header yourself |
| Host header check | Built in | Up to you |
| Sessions | Built in, secure cookie settings | Signed cookie, needs a strong SECRET_KEY |
| Password hashing | PBKDF2 by default; Argon2, bcrypt | Werkzeug helpers or passlib |
| HTTPS and HSTS | Settings | Up to you |

## Why defaults matter more than features

Security holes rarely appear because a framework lacks a feature. They appear because a protection was never switched on, or was switched off while debugging and never switched back. Defaults decide what happens when nobody is paying attention, and on a busy project that is most of the time.

That is the real weight behind S5’s “configure by hand” for Flask. A careful Flask developer can reach the same level as a Django project. The risk sits with teams where not everyone knows which pieces are missing, or where a new endpoint is added without the setup the others received. Django makes the safe path the default path; Flask turns it into a checklist someone has to own.

This is also one reason the [decision guide](/articles/django-or-flask-decision-guide) points teams with mixed experience towards Django. The less each developer has to remember, the fewer gaps appear.

## A practical checklist

For Django:

- Keep `DEBUG` off in production and list your real domains in `ALLOWED_HOSTS`, the setting behind host header validation.
- Once you serve over HTTPS, turn on the SSL redirect, HSTS and secure cookie settings.
- Avoid marking strings as safe in templates or writing raw SQL unless you truly need to, and review every place you do.
- Consider switching the default password hasher to Argon2.

For Flask:

- Generate a long random `SECRET_KEY` and load it from the environment, never from the repository.
- Add CSRF protection with Flask-WTF or Flask-SeaSurf before your first form that changes data.
- Hash passwords with Werkzeug’s helpers or passlib; never store them in plain text.
- Use SQLAlchemy’s parameterised queries instead of formatting SQL strings yourself.
- Add security headers such as X-Frame-Options and HSTS, plus HTTPS redirects, in the app or at the proxy.
- Keep extensions up to date, since each one becomes part of your security surface.

## So which is safer?

Neither framework is insecure. Django is safer by default, which matters most for teams with mixed experience and for apps full of forms, logins and user-generated content. Flask can be just as safe, but only if someone takes responsibility for the checklist above and keeps applying it as the app grows.

Context matters too. A small Flask API that serves JSON to other programs, with no browser forms and token-based authentication instead of cookies, is far less exposed to CSRF in the first place. A Flask app with HTML forms and cookie sessions needs every item on the list.

For the summary view, see the [security section of the comparison](/compare/django-vs-flask#security), and [what each framework gives you](/articles/what-each-framework-gives-you) for the rest of the built-in features. Or [take the six-question quiz](/decide).

## Sources

- S2: "Flask Versus Django: Which Python Framework Is Right for You?", Mattermost community blog, March 2022
- S5: "Django vs Flask 2026", Tech Insider, April 2026',
        DATE '2026-08-04', TRUE);
INSERT INTO article_source (article_id, source_id)
SELECT a.id, s.id FROM article a, source s WHERE a.slug = 'security-defaults-compared' AND s.code IN ('S2', 'S5');

INSERT INTO article (slug, title, summary, category_id, body_markdown, published_on, published)
VALUES ('ecosystem-community-and-learning-curve', 'Ecosystem, Community and Learning Curve', 'Packages, survey figures and community size for Django and Flask as our sources report them, and why Flask’s six-line hello world can hide a bigger learning load.',
        (SELECT id FROM category WHERE slug = 'community'),
        'A framework is only part of what you adopt. The packages around it, the people answering questions online and the time it takes to become productive matter just as much over the life of a project. Here is what our sources say about each, with one caveat up front: most of the figures come from a single source at a single moment, and we show them as that source’s claims.

## Django’s ecosystem

Django’s add-ons tend to be large, established projects that build on its conventions:

- **Django REST Framework (DRF)** for APIs. Tech Insider puts it at around 2.5 million downloads a month (S5, April 2026).
- **Celery** for background tasks.
- **django-allauth** for registration, social login and account management.
- **Channels** for WebSockets and other long-lived connections.
- **django-debug-toolbar** for inspecting queries and timings during development.
- **Django Extensions**, best known for its `shell_plus` command.
- **Django Compressor** for bundling CSS and JavaScript.
- **Wagtail**, a content management system built on Django.

S5 counts more than 5,000 packages listed on the Django Packages directory. Because they plug into the same models, admin, authentication and settings, they usually fit together with little glue code.

## Flask’s ecosystem

Flask’s extensions mostly fill the gaps its small core leaves open:

- Flask-SQLAlchemy and Flask-Migrate for the database and schema changes
- Flask-Login for login state and Flask-Authorize for permissions
- Flask-WTF for forms and CSRF protection
- Flask-CORS for cross-origin requests
- Flask-Caching for caching
- Flask-SocketIO for real-time messaging
- Flask-AppBuilder for admin-style data applications
- Flask DebugToolbar for development
- Flask-RESTX for REST APIs

S5 puts the number of maintained Flask extensions at roughly 700.

## Extension fatigue

The decision-advisor post (S1, June 2026) names a cost of this model: “extension fatigue”. Each extension is maintained separately, on its own schedule, by its own people. Over time you end up reading several sets of release notes, checking that versions stay compatible with each other and with Flask, and occasionally replacing an extension that has gone quiet. None of that is hard on its own. The burden comes from the number of moving parts, and it grows with the app. In Django, the equivalent pieces ship and upgrade as one.

## Community size: stars and questions

Both frameworks have big, long-standing communities. Our sources give two snapshots, four years apart:

| Measure | Django | Flask |
|---|---|---|
| GitHub stars (S2, March 2022) | 63.1k | 58.4k |
| GitHub stars (S5, April 2026) | about 68,400 | about 61,700 |
| Stack Overflow questions (S2, March 2022) | 285,000+ | 49,000+ |
| Stack Overflow questions (S5, April 2026) | about 311,000 | about 52,000 |

These figures do not contradict each other. S2 counted in March 2022 and S5 in April 2026, and both counts simply grew in between, as such totals do. Always check the date before comparing community numbers from different articles.

What stands out is the ratio. Star counts are close, which suggests similar general interest. On Stack Overflow, Django has around six times as many questions as Flask. That probably reflects Django’s larger surface as much as its user count: more built-in features means more to ask about. Flask questions may also end up tagged under the extension or library involved, such as SQLAlchemy, rather than under Flask itself.

## Survey figures

S5 reports results from the JetBrains Python Developers Survey 2025:

- Among Python web developers, 42% use Django and 38% use Flask.
- Among people who started in 2025, 61% began with Flask and 29% with Django.
- Among developers with five or more years of experience, 54% use Django and 36% Flask.

We have these numbers only as S5 reports them, not from the survey itself. Read together, they fit a plausible pattern: many people start with Flask, and Django becomes more common as careers and projects grow. Developers can and do use both, so the shares describe popularity, not a split of the population into two camps.

## The learning curve

S5’s feature table rates Django’s learning curve as steeper and Flask’s as gentle. That is certainly true of the first hour. S1 notes that a Flask “hello world” takes about six lines: an import, the app object, a route, a function returning a string, and the call that runs it.

S1 also adds the important caveat. A real Flask app is rarely six lines for long. As soon as it needs a database, forms, logins and schema changes, you are picking up Flask-Login, WTForms, SQLAlchemy and Flask-Migrate: four separate libraries with their own documentation and habits, plus the decisions about how to connect them. S1 argues that this total can end up heavier than learning Django, where the equivalent features share one set of docs and one set of conventions.

A fair way to summarise it:

- **Flask is quicker to start.** You see results fast, and each concept arrives when you need it.
- **Django has fewer forks later.** The first days are heavier, but the road from tutorial to full application is more clearly marked.
- **Your first framework shapes your second.** Learning Flask first teaches what a framework does for you; learning Django first teaches conventions that keep large codebases readable.

That is why the [decision guide](/articles/django-or-flask-decision-guide) suggests Flask first for people learning web development from scratch, while pointing teams and growing projects to Django.

## What this means for your choice

- If you value a single, coherent set of tools and documentation, Django’s ecosystem will feel calmer.
- If you like picking each component and are comfortable keeping them in step, Flask’s extensions give you that freedom.
- If you are hiring, both communities are large. The survey figures S5 reports suggest Flask is common among newcomers and Django among experienced developers.

More detail is in the [community](/compare/django-vs-flask#community) and [learning-curve](/compare/django-vs-flask#learning-curve) sections of the comparison, or you can [take the six-question quiz](/decide).

## Sources

- S1: "Django vs Flask: Which Python Web Framework Should You Choose?", decision-advisor blog, June 2026
- S2: "Flask Versus Django: Which Python Framework Is Right for You?", Mattermost community blog, March 2022
- S5: "Django vs Flask 2026", Tech Insider, April 2026',
        DATE '2026-09-01', TRUE);
INSERT INTO article_source (article_id, source_id)
SELECT a.id, s.id FROM article a, source s WHERE a.slug = 'ecosystem-community-and-learning-curve' AND s.code IN ('S1', 'S2', 'S5');

INSERT INTO article (slug, title, summary, category_id, body_markdown, published_on, published)
VALUES ('who-uses-django-and-flask', 'Who Uses Django and Flask, and for What', 'The companies our sources name for each framework, where the sources disagree (Pinterest included), and the kinds of project each framework suits best.',
        (SELECT id FROM category WHERE slug = 'comparisons'),
        'Company lists are the shakiest part of any framework comparison. Large firms run many systems in many languages, and a public mention of one internal service can turn into “Company X uses Flask” in a blog post. With that caveat in mind, here is what our sources claim, followed by the more useful part: the kinds of project each framework suits.

## Companies named for Django

- **Instagram.** Tech Insider cites more than 2 billion monthly users (S5, April 2026).
- **Pinterest.** S5 lists it as a Django user, with more than 450 million monthly users.
- **Spotify, Dropbox, NASA, Google and YouTube** also appear in the sources’ Django lists; YouTube is named by the Mattermost community blog (S2, March 2022).

## Companies named for Flask

- **Netflix** for microservices and **Airbnb** for machine-learning services, plus **Reddit**, **Uber** and **Lyft** (S5, April 2026).
- **Samsung** and **Red Hat** (S2, March 2022).

## The Pinterest disagreement

S5 puts Pinterest in the Django column. The decision-advisor post (S1, June 2026) says Pinterest uses Flask for some of its components. The two claims are not necessarily exclusive: a company of that size can run a Django core alongside Flask services, or may have changed parts of its stack over the years. Neither source says which parts use what, or since when, so we cannot settle it here.

It is a useful reminder that “uses” rarely means “runs everything on”. Treat every name on these lists as “uses it somewhere”.

## Why company lists should not decide for you

Even where a claim is accurate, it says little about your project:

- Big companies have teams and custom infrastructure that can make almost any framework work.
- A company often uses a framework for one part of its system. Netflix appears in S5’s list for microservices, exactly the kind of job Flask is known for, not as proof that it runs everything on Flask.
- Both lists are long. The one safe conclusion is that either framework can serve production traffic at scale.

Project type is a much better guide, and here the sources largely agree.

## What Django is used for

The decision-advisor post, the agency blog (S3, 2025), the freelance developer’s post (S4, 28 Nov 2024) and Tech Insider broadly agree on where Django fits:

- **Large applications** with many models and several user roles.
- **Content sites**: content management systems, news and publishing, often built with Wagtail.
- **E-commerce**, with django-oscar or Saleor.
- **Social networks and CRMs**, where accounts, relationships and permissions pile up.
- **Multi-tenant SaaS**, using django-tenants to keep each customer’s data apart.
- **Teams that want conventions**, so the codebase stays consistent as people come and go.
- **Rapid prototyping with structure**: going from a fresh project to a working prototype in a matter of hours, with an admin already in place.

S1’s example is a news aggregator where people sign up, submit stories, vote and comment, while editors keep order. The admin covers moderation, and the ORM makes a query like “last week’s articles with at least 10 upvotes” short to express.

## What Flask is used for

- **Single-purpose APIs and microservices**, where a single file can be the whole app.
- **Serving machine-learning models** behind an HTTP endpoint.
- **Learning**, because every moving part is visible.
- **Prototypes and MVPs** whose direction may still change.
- **Small internal tools, dashboards and blogs.**

S1’s Flask example is a weather API: one route that takes a city name and returns JSON, in roughly 30 lines.

## S5’s verdicts by project type

Tech Insider gives a one-word verdict for common project types:

| Project type | S5’s pick |
|---|---|
| Enterprise web app | Django |
| Microservices and light APIs | Flask |
| E-commerce | Django |
| ML model serving | Flask |
| SaaS | Django |
| Prototypes and MVPs | Flask |
| CMS and content platforms | Django |

These line up with the lists above. The pattern is simple: the more your project is about managing data for many kinds of users, the more Django’s built-ins earn their keep; the more it is a focused service doing one job, the more Flask’s small core fits.

## Prototypes: a point of tension

Prototyping appears on both sides. S5 gives prototypes and MVPs to Flask, while the sources also praise Django for rapid prototyping with structure. The difference is in the kind of prototype:

- If the idea is still open and the prototype is small, Flask’s lack of commitments helps. You can throw it away or reshape it cheaply.
- If you already know the product will need accounts, several data models and a back office, Django gets you there quickly and leaves you with a structure you can keep building on.

Ask yourself whether the prototype is an experiment or the first version of the real thing. Experiments suit Flask; first versions of larger products often suit Django.

## Where to go from here

- The [who-uses-it](/compare/django-vs-flask#who-uses-it) and [use-cases](/compare/django-vs-flask#use-cases) sections of the comparison summarise all of this in one place.
- [The decision guide](/articles/django-or-flask-decision-guide) turns the use cases into six questions about your project.
- Or [take the six-question quiz](/decide) and get a verdict in a minute.

## Sources

- S1: "Django vs Flask: Which Python Web Framework Should You Choose?", decision-advisor blog, June 2026
- S2: "Flask Versus Django: Which Python Framework Is Right for You?", Mattermost community blog, March 2022
- S3: "Flask vs Django", agency blog (Zyneto), 2025
- S4: "Flask vs Django: Choosing the Right Framework for Your Project", freelance developer’s blog, 28 Nov 2024
- S5: "Django vs Flask 2026", Tech Insider, April 2026',
        DATE '2026-09-29', TRUE);
INSERT INTO article_source (article_id, source_id)
SELECT a.id, s.id FROM article a, source s WHERE a.slug = 'who-uses-django-and-flask' AND s.code IN ('S1', 'S2', 'S3', 'S4', 'S5');

INSERT INTO article (slug, title, summary, category_id, body_markdown, published_on, published)
VALUES ('django-or-flask-decision-guide', 'Django or Flask? A Six-Question Decision Guide', 'Six yes-or-no questions about your project, what each answer points to, how to weigh them when they pull apart, and the one question underneath them all.',
        (SELECT id FROM category WHERE slug = 'guides'),
        'Choosing between Django and Flask is rarely a matter of which framework is “better”. Both are mature, both are widely used, and either can carry a serious production app. What actually helps is asking which one suits the project in front of you and the people who will build it.

This guide follows the six-question framework from the decision-advisor post we lean on most (S1, June 2026). Every question is a yes-or-no about your project. A “yes” nudges you towards one framework; a “no” just means that question does not decide anything for you. If you would rather click than read, [take the six-question quiz](/decide) and come back here for the reasoning behind it.

## 1. Is your project a single-purpose API?

If yes: lean towards Flask.

An API that does one job, such as looking something up, transforming a payload or wrapping a model, needs routing, request parsing and a way to send back JSON. Flask’s core is exactly that, so there is nothing to switch off or work around. S1 illustrates it with a weather service: a single route that takes a city name and answers with JSON, roughly 30 lines of Flask in total.

Django can serve APIs too, usually through Django REST Framework, but for one endpoint most of the framework would sit idle.

## 2. Will someone need an admin interface?

If yes: lean towards Django.

This is the question that settles the matter most often. Django builds an admin site from your models: list pages, search, filters, edit forms and permissions, for very little code. If people will moderate content, edit records or fix data by hand, that is a large chunk of work you skip. Flask can get an admin through the Flask-Admin extension, but you install, configure and maintain it yourself.

S1’s counter-example to the weather API is a news aggregator where people sign up, submit stories, vote and comment, while editors keep order. The admin takes care of moderation, and the ORM keeps queries such as “last week’s articles with at least 10 upvotes” short to write.

## 3. Are you the only developer?

If yes: either framework works, with a mild lean towards Flask.

Alone, you do not need a framework to keep colleagues consistent, and Flask’s freedom lets you shape the code the way you think. S1 is careful to call this a slight preference rather than a rule. A solo developer who needs an admin, or who expects the project to grow, should still pick Django without hesitation.

## 4. Is it a team of several developers with mixed experience?

If yes: lean towards Django.

Django has firm opinions about where models, views, URLs, templates and settings go. On a team with juniors and seniors, that structure pays off: code looks similar whoever wrote it, reviews are quicker, and a newcomer can find their way using the official documentation rather than tribal knowledge. A Flask project’s layout is whatever its first developer chose, which is fine for one person and a steady source of friction for a team.

## When questions 3 and 4 pull against each other

These two look like opposites, but they are not a strict either-or.

- **Both “no”** is perfectly normal. Two experienced developers working together are not solo, and they are not a mixed-experience team either. Neither question tips the balance, so the other four decide.
- **Both “yes”** cannot really happen: you cannot be the only developer and one of several at once. If you are tempted to answer that way, you are probably picturing two phases, a solo start and a team later. In that case give question 4 more weight, because the team phase usually lasts longer and is where missing structure hurts.

The [quiz](/decide) takes care of this combination for you.

## 5. Might it grow into a large app with lots of features?

If yes: lean towards Django.

Growth is where Django’s up-front weight pays for itself. Many models, many user roles, background jobs, caching and a back office all have an obvious home in a Django project. You can build all of that in Flask, but every piece is an extension you pick, wire up and keep compatible, and the architecture is yours to design and defend. S1 judges that Django copes better as complexity accumulates.

Be honest with this one. “Could it grow?” does not mean “might someone one day ask for a feature”. If the realistic plan is a small tool, answer no.

## 6. Are you new to web development?

If yes: start with Flask.

Flask shows you the moving parts. A request comes in, a function handles it, a response goes out. Because you add each piece yourself, you find out what a session, a form or a migration really is. S1 recommends Flask first for exactly that reason; once the fundamentals are clear, Django’s conventions read as sensible shortcuts instead of magic. The [learning-curve comparison](/compare/django-vs-flask#learning-curve) covers the catch: a complete Flask app with its usual extensions is not necessarily less to learn than Django.

## Adding up your answers

Here is where each “yes” points:

| Question answered “yes” | Points to |
|---|---|
| Single-purpose API | Flask |
| Needs an admin interface | Django |
| Only developer | Either, mild lean to Flask |
| Several developers, mixed experience | Django |
| Could grow large | Django |
| Learning from scratch | Flask first |

Do not treat it as a simple vote. The solo-developer answer is a gentle nudge by S1’s own description, while an admin or a realistic path to a large app are concrete needs that are expensive to retrofit. If your answers split, for example an API (Flask) that also needs an admin (Django), look at where the project is heading. An admin usually means people will manage data by hand, which usually means the app is more than a single endpoint.

## A third option for async APIs

Both S1 (June 2026) and Tech Insider (S5, April 2026) suggest that projects which are purely an API and heavily asynchronous should look at FastAPI as well. It does not replace Django’s admin and conventions, but if question 1 is a clear yes and most of the work is waiting on databases or other services, it may suit you better than either of the two.

## The real question underneath

S1 closes by setting aside the usual argument. Django is not “too heavy”, and Flask is not “too minimal”. What really differs is who makes the decisions. Flask leaves them with you: which ORM, which form library, how to lay out the code. Django has already made most of them, and you build within those choices.

S1 puts it as an image. Picking Django is like planning a whole city, with its roads and utilities designed before anyone moves in. Picking Flask is like putting up a small cabin and adding rooms as the need arises. Neither is wrong. A planned city is overkill for a weekend retreat, and a cabin gets cramped once a crowd wants to live in it.

So the final question is about you: do you want to make the architectural choices yourself, or would you rather have sensible ones made for you and spend your effort on the product?

## Where to go next

- [Take the six-question quiz](/decide) for a verdict on your own project.
- [What each framework gives you](/articles/what-each-framework-gives-you) lists what is built in and what Flask needs extensions for.
- [Moving between Django and Flask](/articles/moving-between-django-and-flask) covers what happens if you change your mind later.
- The [use-case section of the comparison](/compare/django-vs-flask#use-cases) lists typical projects for each framework.

## Sources

- S1: "Django vs Flask: Which Python Web Framework Should You Choose?", decision-advisor blog, June 2026
- S5: "Django vs Flask 2026", Tech Insider, April 2026',
        DATE '2026-11-03', TRUE);
INSERT INTO article_source (article_id, source_id)
SELECT a.id, s.id FROM article a, source s WHERE a.slug = 'django-or-flask-decision-guide' AND s.code IN ('S1', 'S5');

INSERT INTO article (slug, title, summary, category_id, body_markdown, published_on, published)
VALUES ('moving-between-django-and-flask', 'Moving Between Django and Flask, and What Each Costs', 'How to move a project from Flask to Django or from Django to Flask piece by piece, with Tech Insider’s hosting, salary and maintenance figures for each framework.',
        (SELECT id FROM category WHERE slug = 'guides'),
        'Choosing a framework is not a life sentence. Flask projects outgrow their hand-picked stack, and Django monoliths get split into services. Tech Insider (S5, April 2026) outlines the usual migration paths in both directions. This article expands them into practical steps, then looks at what each framework costs to run according to the same source.

## Flask to Django

The usual trigger is growth. The app now has many models, several user roles and a team, and the assembled stack of extensions has become something everyone maintains instead of the product. S5 maps the main pieces:

- **Models to the Django ORM.** If the database already exists, `manage.py inspectdb` reads its schema and writes draft Django models. Treat them as a first draft: check field types, relations and table names, and decide which tables Django should manage from now on.
- **Routes to `urls.py`.** Each `@app.route` decorator becomes an entry in a URL configuration pointing at a view. Blueprints tend to map well onto Django apps.
- **Jinja2 to DTL.** The two template languages look alike but are not identical. You can convert templates to the Django Template Language, or keep Jinja2 for a while with django-jinja.
- **Flask-Login to `django.contrib.auth`.** Django’s authentication brings users, groups and permissions with it. Plan early how existing password hashes will carry over, so that nobody is forced to reset on switch-over day.

Some practical advice for the move:

1. **Start with the data.** Get Django models matching the existing database and put the admin on top of them. That alone often pays off, because you gain a back office before any page is ported.
2. **Move one area at a time.** Run both apps side by side behind a reverse proxy and send each URL path to whichever app currently owns it.
3. **Port the tests with the code.** Use Django’s test client so each area is proven before you start on the next.
4. **Switch login last.** Until then, both apps have to agree on who is signed in, so keep that boundary simple and temporary.

## Django to Flask

This direction is less common, and S5 ties it mainly to one situation: splitting a monolith into smaller services. A piece of the Django app, such as an image processor, a notification sender or a model-serving endpoint, is pulled out into its own service, and Flask is a light home for it.

S5’s advice is to replace each Django built-in only if the new service genuinely needs it. In practice:

- A service that only answers JSON over HTTP may need no ORM, no templates and no sessions at all.
- If it does need a database, choose SQLAlchemy or something lighter, and give the service its own tables rather than sharing the monolith’s.
- Authentication often moves to tokens issued by the main app, so the service may not need Flask-Login.
- Leave the admin in Django. There is rarely a reason to rebuild it for a small service.

The trap is rebuilding Django inside Flask. If every new service ends up with an ORM, migrations, an admin, forms and user accounts, the split may have been drawn in the wrong place.

## Before you migrate at all

- **Name the problem.** “Django is too heavy” or “Flask is too loose” is not a reason on its own. Slow pages, tangled code or a missing back office are, and each may have a cheaper fix within the framework you already use.
- **Measure first.** If performance is the motive, profile before you move. The decision-advisor post (S1, June 2026) notes that the database or external APIs are usually the real bottleneck, and a framework swap will not fix slow queries. The [performance article](/articles/performance-claims-and-why-they-disagree) explains why.
- **Budget for the in-between period.** For a while you will run both, with two deployment setups and two sets of dependencies to keep patched.

## What each costs to run

S5 gives these estimates in US dollars, with hosting figures per month:

| Item, as S5 reports it | Django | Flask |
|---|---|---|
| Small VPS, per month | $10–25 | $5–15 |
| Medium PaaS, per month | $25–100 | $15–75 |
| Enterprise cloud, per month | $200–2,000+ | $150–1,500+ |
| US developer salary, 2026, per year | $125k–165k | $115k–155k |
| Maintenance overhead | Lower | Higher |

How to read these:

- **The hosting gap is consistent with memory use.** The freelance developer’s post (S4, 28 Nov 2024) notes that Flask uses less memory and starts faster. On a small server, lighter processes mean more workers for the same money.
- **The ranges overlap heavily.** A Django app at the low end of its range costs less than a Flask app at the high end of its own. Traffic, database size and architecture will move your bill far more than the framework.
- **Salaries dwarf hosting.** For almost any team, people cost more than servers. S5 puts Django developers somewhat higher; treat that as one source’s estimate for one market.
- **Maintenance points the other way.** S5 rates Django’s maintenance overhead lower and Flask’s higher. That fits the extension story: Django’s parts are upgraded together, while each Flask extension has to be tracked and kept compatible on its own.

Taken together, Flask’s lower hosting figures can be eaten up by developer time spent on upkeep, and Django’s higher hosting figures may be offset by less of it. Use S5’s numbers to compare orders of magnitude, not to write a budget.

## The real cost of switching

A migration’s main cost is developer time, not servers. Moving a mid-sized app between frameworks can easily take weeks of work from people in the salary bands above, on top of the risk of regressions. That is the best argument for spending ten minutes on the choice up front: read [the decision guide](/articles/django-or-flask-decision-guide) or [take the six-question quiz](/decide) before the first commit.

The [migration](/compare/django-vs-flask#migration) and [cost](/compare/django-vs-flask#cost) sections of the comparison summarise the same points.

## Sources

- S1: "Django vs Flask: Which Python Web Framework Should You Choose?", decision-advisor blog, June 2026
- S4: "Flask vs Django: Choosing the Right Framework for Your Project", freelance developer’s blog, 28 Nov 2024
- S5: "Django vs Flask 2026", Tech Insider, April 2026',
        DATE '2026-11-10', TRUE);
INSERT INTO article_source (article_id, source_id)
SELECT a.id, s.id FROM article a, source s WHERE a.slug = 'moving-between-django-and-flask' AND s.code IN ('S1', 'S4', 'S5');
