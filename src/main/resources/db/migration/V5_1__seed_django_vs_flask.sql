-- The Django vs Flask comparison, written for this site from the five sources seeded in V2.
-- Rows are joined to their parents by slug, anchor and code so the script never depends on generated ids.
INSERT INTO framework (slug, name, version_label, summary) VALUES
    ('django', 'Django', 'Django 5.2',
     'A full-stack Python framework that ships the database layer, admin, accounts, forms and templates in one package.'),
    ('flask', 'Flask', 'Flask 3.1',
     'A small Python core on Werkzeug and Jinja2: routing, requests and templates, with everything else added as extensions.'),
    ('fastapi', 'FastAPI', NULL,
     'An async-first Python framework for APIs, mentioned here only as a third option for API-only, async-heavy projects.');

INSERT INTO comparison (slug, title, summary, first_framework_id, second_framework_id, versions_note)
SELECT 'django-vs-flask', 'Django vs Flask, point by point',
       'Architecture, data, admin, security, speed, cost and who runs what, side by side, with the source and date behind every claim.',
       d.id, f.id,
       'Some figures below come from S5 (Tech Insider, April 2026). S5 also gives release dates for these versions, which we leave out: they do not match the projects'' real history (Django 5.2 shipped in April 2025, Flask 3.1 in November 2024).'
FROM framework d, framework f
WHERE d.slug = 'django' AND f.slug = 'flask';

INSERT INTO comparison_section (comparison_id, anchor, title, intro, position)
SELECT c.id, v.anchor, v.title, v.intro, v.pos
FROM comparison c, (VALUES
    ('at-a-glance', 'At a glance',
     'Both are mature, well-supported Python web frameworks. The difference is how much arrives in the box: Django brings most of what a web application needs and a fixed way to arrange it; Flask gives you a small core and leaves the rest, and the structure, to you.', 1),
    ('architecture', 'Architecture',
     'How each framework is put together, and how much shape it gives your code.', 2),
    ('data-and-orm', 'Data and ORM',
     'Django talks to the database through its own ORM; Flask has no database layer of its own and lets you bring one.', 3),
    ('admin-and-auth', 'Admin and authentication',
     'The two features that most often decide the question: a back office for staff, and user accounts.', 4),
    ('templates', 'Templates', 'Both render HTML on the server with a template language that escapes output by default.', 5),
    ('async', 'Async', 'Support for asynchronous request handling, and where a third framework comes in.', 6),
    ('apis', 'APIs', 'Building JSON APIs with each framework.', 7),
    ('security', 'Security',
     'What each framework protects against before you write a line of security code, as S2 and S5 describe it.', 8),
    ('testing', 'Testing and debugging', 'The tools each side offers for tests and for finding bugs.', 9),
    ('learning-curve', 'Learning curve',
     'How long it takes to become productive, and what the first steps look like.', 10),
    ('community', 'Community and ecosystem',
     'Packages, popularity and survey figures. Counts change over time, so each one carries its source and date.', 11),
    ('performance', 'Performance',
     'Speed figures from two sources that measured very different things. Read what each measured before comparing numbers.', 12),
    ('cost', 'Cost', 'Monthly hosting and salary ranges in US dollars, as S5 (April 2026) reports them.', 13),
    ('use-cases', 'Use cases', 'Which kind of project suits which framework, by broad agreement of the sources and by S5''s verdicts.', 14),
    ('who-uses-it', 'Who uses it', 'Companies the sources name as users. These are the sources'' claims, not confirmed by the companies here.', 15),
    ('pros-and-cons', 'Pros and cons', 'The strengths and weaknesses that come up most often, each with the source that makes the point.', 16),
    ('migration', 'Migration paths', 'Moving an application from one framework to the other, following S5''s outline.', 17),
    ('sources', 'Sources', 'Every claim on this page comes from one of these published comparisons.', 18)
) AS v(anchor, title, intro, pos)
WHERE c.slug = 'django-vs-flask';

INSERT INTO criterion (section_id, code, label, position)
SELECT s.id, v.code, v.label, v.pos
FROM (VALUES
    ('at-a-glance', 'dvf-kind', 'What it is', 1),
    ('at-a-glance', 'dvf-decisions', 'Who makes the design decisions', 2),
    ('at-a-glance', 'dvf-best-for', 'Best suited to', 3),
    ('at-a-glance', 'dvf-picture', 'S1''s picture of it', 4),
    ('architecture', 'dvf-type', 'Type', 1),
    ('architecture', 'dvf-pattern', 'Architectural pattern', 2),
    ('architecture', 'dvf-built-in', 'Included out of the box', 3),
    ('architecture', 'dvf-building-blocks', 'Unit of reuse', 4),
    ('architecture', 'dvf-python', 'Python versions', 5),
    ('data-and-orm', 'dvf-orm', 'ORM', 1),
    ('data-and-orm', 'dvf-migrations', 'Schema migrations', 2),
    ('data-and-orm', 'dvf-forms', 'Forms and validation', 3),
    ('admin-and-auth', 'dvf-admin', 'Admin interface', 1),
    ('admin-and-auth', 'dvf-auth', 'Authentication', 2),
    ('admin-and-auth', 'dvf-sessions', 'Sessions', 3),
    ('templates', 'dvf-template-engine', 'Template engine', 1),
    ('templates', 'dvf-escaping', 'HTML escaping', 2),
    ('async', 'dvf-async', 'Async support', 1),
    ('async', 'dvf-realtime', 'WebSockets and real-time', 2),
    ('async', 'dvf-async-heavy', 'API-only, async-heavy project', 3),
    ('apis', 'dvf-rest', 'REST toolkit', 1),
    ('apis', 'dvf-single-api', 'A single-purpose API', 2),
    ('security', 'dvf-csrf', 'CSRF protection', 1),
    ('security', 'dvf-xss', 'XSS (output escaping)', 2),
    ('security', 'dvf-sql-injection', 'SQL injection', 3),
    ('security', 'dvf-clickjacking', 'Clickjacking and host headers', 4),
    ('security', 'dvf-passwords', 'Password hashing', 5),
    ('security', 'dvf-security-default', 'Overall default', 6),
    ('testing', 'dvf-test-tools', 'Test tools', 1),
    ('testing', 'dvf-debugging', 'Debugging', 2),
    ('learning-curve', 'dvf-curve', 'Learning curve', 1),
    ('learning-curve', 'dvf-first-steps', 'First steps', 2),
    ('learning-curve', 'dvf-real-app', 'A real application', 3),
    ('learning-curve', 'dvf-from-scratch', 'Learning web development from scratch', 4),
    ('learning-curve', 'dvf-newcomers', 'Newcomers in 2025 who started with it', 5),
    ('community', 'dvf-stars-2026', 'GitHub stars, 2026', 1),
    ('community', 'dvf-stars-2022', 'GitHub stars, 2022', 2),
    ('community', 'dvf-questions', 'Stack Overflow questions', 3),
    ('community', 'dvf-packages', 'Add-on packages', 4),
    ('community', 'dvf-key-packages', 'Well-known add-ons', 5),
    ('community', 'dvf-usage', 'Python web developers using it', 6),
    ('community', 'dvf-experienced', 'Use among developers with 5+ years', 7),
    ('performance', 'dvf-throughput-s1', 'Throughput on modest hardware (S1)', 1),
    ('performance', 'dvf-gap-s5', 'Gap under realistic workloads (S5)', 2),
    ('performance', 'dvf-startup', 'Start-up and memory', 3),
    ('performance', 'dvf-caching', 'Caching', 4),
    ('performance', 'dvf-bottleneck', 'Usual bottleneck', 5),
    ('performance', 'dvf-raw-speed', 'When raw speed is the goal', 6),
    ('cost', 'dvf-cost-vps', 'Small VPS, per month', 1),
    ('cost', 'dvf-cost-paas', 'Medium PaaS, per month', 2),
    ('cost', 'dvf-cost-enterprise', 'Enterprise cloud, per month', 3),
    ('cost', 'dvf-cost-salary', 'US developer salary, 2026, per year', 4),
    ('cost', 'dvf-cost-maintenance', 'Maintenance overhead', 5),
    ('use-cases', 'dvf-fits', 'Where it fits', 1),
    ('use-cases', 'dvf-s1-example', 'S1''s worked example', 2),
    ('who-uses-it', 'dvf-users-s5', 'Named by S5', 1),
    ('who-uses-it', 'dvf-users-s2', 'Named by S2', 2),
    ('who-uses-it', 'dvf-pinterest', 'Pinterest', 3)
) AS v(anchor, code, label, pos)
JOIN comparison_section s ON s.anchor = v.anchor
JOIN comparison c ON c.id = s.comparison_id AND c.slug = 'django-vs-flask';

INSERT INTO criterion_value (criterion_id, framework_id, value_text, note)
SELECT c.id, f.id, v.value_text, v.note
FROM (VALUES
    ('dvf-kind', 'django', 'A full-stack framework with most pieces included', NULL),
    ('dvf-kind', 'flask', 'A micro-framework: a small core you extend', NULL),
    ('dvf-decisions', 'django', 'Mostly made for you, by conventions and a fixed project layout', NULL),
    ('dvf-decisions', 'flask', 'Mostly yours: you pick the libraries and the structure', 'S1 sees this as the real question: whether you want to make these choices yourself.'),
    ('dvf-best-for', 'django', 'Large applications with many models and user roles, content sites, shops and SaaS', NULL),
    ('dvf-best-for', 'flask', 'Single-purpose APIs, microservices, ML model serving, prototypes and small tools', NULL),
    ('dvf-picture', 'django', 'A furnished house, or a whole city planned with its infrastructure', NULL),
    ('dvf-picture', 'flask', 'An empty flat with good bones, or a cabin you add rooms to later', NULL),

    ('dvf-type', 'django', 'Full-stack', NULL),
    ('dvf-type', 'flask', 'Micro-framework (WSGI)', 'Built on the Werkzeug toolkit and the Jinja2 template engine.'),
    ('dvf-pattern', 'django', 'MVT (model, view, template)', NULL),
    ('dvf-pattern', 'flask', 'None enforced', 'You decide how to lay out the code.'),
    ('dvf-built-in', 'django', 'ORM with migrations, admin, authentication, URL routing, templates, forms, sessions, caching, sitemaps, RSS feeds and a development server', NULL),
    ('dvf-built-in', 'flask', 'Routing, request handling, templates, a development server with debugger, signed cookies and a test client', 'Anything else comes from extensions.'),
    ('dvf-building-blocks', 'django', 'Apps: self-contained parts you can reuse across projects', NULL),
    ('dvf-building-blocks', 'flask', 'Blueprints: groups of routes and templates', NULL),
    ('dvf-python', 'django', 'Python 3.10 or newer', NULL),
    ('dvf-python', 'flask', 'Python 3.9 or newer', NULL),

    ('dvf-orm', 'django', 'Built in (the Django ORM)', 'S1''s example: "last week''s articles with at least 10 upvotes" is a single ORM query.'),
    ('dvf-orm', 'flask', 'None; add SQLAlchemy (via Flask-SQLAlchemy), Peewee or MongoEngine', NULL),
    ('dvf-migrations', 'django', 'Built in (manage.py migrate)', NULL),
    ('dvf-migrations', 'flask', 'Flask-Migrate, which wraps Alembic', NULL),
    ('dvf-forms', 'django', 'Built in', NULL),
    ('dvf-forms', 'flask', 'Flask-WTF (WTForms), which also adds CSRF tokens', NULL),

    ('dvf-admin', 'django', 'Built in', 'S1 counts the admin as the reason to pick Django for any project with staff who moderate or edit content.'),
    ('dvf-admin', 'flask', 'Flask-Admin or Flask-AppBuilder extension', NULL),
    ('dvf-auth', 'django', 'Built in (django.contrib.auth)', 'django-allauth adds social and e-mail sign-in on top.'),
    ('dvf-auth', 'flask', 'Flask-Login or Flask-Security extension', NULL),
    ('dvf-sessions', 'django', 'Built in, with secure cookie settings', NULL),
    ('dvf-sessions', 'flask', 'Signed-cookie sessions built in', 'Only as safe as the SECRET_KEY you set.'),

    ('dvf-template-engine', 'django', 'Django Template Language (DTL)', 'Jinja2 can be used instead, through django-jinja.'),
    ('dvf-template-engine', 'flask', 'Jinja2', NULL),
    ('dvf-escaping', 'django', 'Escapes output by default', NULL),
    ('dvf-escaping', 'flask', 'Jinja2 escapes HTML templates by default', NULL),

    ('dvf-async', 'django', 'Native ASGI support', 'S5 puts the gain from ASGI at about 2.5 times on I/O-bound work, compared with WSGI.'),
    ('dvf-async', 'flask', 'Through an ASGI server', 'This is how S5 describes it; Flask itself is a WSGI framework.'),
    ('dvf-realtime', 'django', 'Channels', NULL),
    ('dvf-realtime', 'flask', 'Flask-SocketIO', NULL),
    ('dvf-async-heavy', 'django', 'Works, but not what S1 and S5 point to', NULL),
    ('dvf-async-heavy', 'flask', 'Works, but not what S1 and S5 point to', NULL),

    ('dvf-rest', 'django', 'Django REST Framework (DRF)', 'About 2.5 million downloads a month, according to S5.'),
    ('dvf-rest', 'flask', 'Flask-RESTful, Flask-RESTX or Marshmallow', NULL),
    ('dvf-single-api', 'django', 'More than the job needs', NULL),
    ('dvf-single-api', 'flask', 'A natural fit; a single file can be enough', NULL),

    ('dvf-csrf', 'django', 'On by default (CSRF tokens)', NULL),
    ('dvf-csrf', 'flask', 'Add Flask-WTF or Flask-SeaSurf', NULL),
    ('dvf-xss', 'django', 'Templates escape output by default', NULL),
    ('dvf-xss', 'flask', 'Jinja2 escapes HTML templates by default', NULL),
    ('dvf-sql-injection', 'django', 'The ORM sends parameterized SQL', NULL),
    ('dvf-sql-injection', 'flask', 'Depends on the database library you add', NULL),
    ('dvf-clickjacking', 'django', 'X-Frame-Options protection and host header checks built in', NULL),
    ('dvf-clickjacking', 'flask', 'Left to you', NULL),
    ('dvf-passwords', 'django', 'PBKDF2 by default; Argon2 and bcrypt available', NULL),
    ('dvf-passwords', 'flask', 'Werkzeug''s hashing helpers or passlib', NULL),
    ('dvf-security-default', 'django', 'Main protections switched on, plus SSL and HSTS settings', NULL),
    ('dvf-security-default', 'flask', 'Configured by hand', NULL),

    ('dvf-test-tools', 'django', 'Test client, plus pytest-django', NULL),
    ('dvf-test-tools', 'flask', 'Test client, plus pytest', NULL),
    ('dvf-debugging', 'django', 'django-debug-toolbar; shell_plus from Django Extensions', NULL),
    ('dvf-debugging', 'flask', 'Debugger in the development server; Flask DebugToolbar', NULL),

    ('dvf-curve', 'django', 'Steeper', NULL),
    ('dvf-curve', 'flask', 'Gentle', NULL),
    ('dvf-first-steps', 'django', 'A structured project can reach a working prototype within hours', NULL),
    ('dvf-first-steps', 'flask', 'A "hello world" is about six lines', NULL),
    ('dvf-real-app', 'django', 'One package and one set of documentation to learn', NULL),
    ('dvf-real-app', 'flask', 'SQLAlchemy, WTForms, Flask-Login and Flask-Migrate on top of Flask', 'S1 warns that together these can add up to more than learning Django.'),
    ('dvf-from-scratch', 'django', 'Better as a second step', NULL),
    ('dvf-from-scratch', 'flask', 'S1''s suggestion for learning the fundamentals first', NULL),
    ('dvf-newcomers', 'django', '29%', 'JetBrains Python Developers Survey 2025, as S5 reports it.'),
    ('dvf-newcomers', 'flask', '61%', 'JetBrains Python Developers Survey 2025, as S5 reports it.'),

    ('dvf-stars-2026', 'django', 'About 68,400', NULL),
    ('dvf-stars-2026', 'flask', 'About 61,700', NULL),
    ('dvf-stars-2022', 'django', '63.1k', NULL),
    ('dvf-stars-2022', 'flask', '58.4k', NULL),
    ('dvf-questions', 'django', 'About 311,000 in 2026; 285,000+ in 2022', NULL),
    ('dvf-questions', 'flask', 'About 52,000 in 2026; 49,000+ in 2022', NULL),
    ('dvf-packages', 'django', '5,000+ listed on Django Packages', NULL),
    ('dvf-packages', 'flask', 'About 700 maintained extensions', 'S1 warns of "extension fatigue": many small choices to make and keep up to date.'),
    ('dvf-key-packages', 'django', 'DRF, Celery, django-allauth, Channels, django-debug-toolbar, Django Extensions, Django Compressor, Wagtail', NULL),
    ('dvf-key-packages', 'flask', 'Flask-SQLAlchemy, Flask-Login, Flask-WTF, Flask-Migrate, Flask-CORS, Flask-Caching, Flask-SocketIO, Flask-AppBuilder, Flask-Authorize, Flask-RESTX', NULL),
    ('dvf-usage', 'django', '42%', 'JetBrains Python Developers Survey 2025, as S5 reports it.'),
    ('dvf-usage', 'flask', '38%', 'JetBrains Python Developers Survey 2025, as S5 reports it.'),
    ('dvf-experienced', 'django', '54%', NULL),
    ('dvf-experienced', 'flask', '36%', NULL),

    ('dvf-throughput-s1', 'django', '100 to 200 requests per second', NULL),
    ('dvf-throughput-s1', 'flask', '200 to 300 requests per second', 'S1 credits the difference to Flask running less middleware.'),
    ('dvf-gap-s5', 'django', 'Within about 15% of Flask', NULL),
    ('dvf-gap-s5', 'flask', 'Within about 15% of Django', NULL),
    ('dvf-startup', 'django', 'Starts more slowly; strong on complex queries', NULL),
    ('dvf-startup', 'flask', 'Starts faster and uses less memory', NULL),
    ('dvf-caching', 'django', 'Caching framework built in', NULL),
    ('dvf-caching', 'flask', 'Set up by hand', NULL),
    ('dvf-bottleneck', 'django', 'The database or external APIs, rarely the framework', NULL),
    ('dvf-bottleneck', 'flask', 'The database or external APIs, rarely the framework', NULL),
    ('dvf-raw-speed', 'django', 'Neither framework; S1 points to FastAPI or a compiled language', NULL),
    ('dvf-raw-speed', 'flask', 'Neither framework; S1 points to FastAPI or a compiled language', NULL),

    ('dvf-cost-vps', 'django', '$10-25', NULL),
    ('dvf-cost-vps', 'flask', '$5-15', NULL),
    ('dvf-cost-paas', 'django', '$25-100', NULL),
    ('dvf-cost-paas', 'flask', '$15-75', NULL),
    ('dvf-cost-enterprise', 'django', '$200-2,000+', NULL),
    ('dvf-cost-enterprise', 'flask', '$150-1,500+', NULL),
    ('dvf-cost-salary', 'django', '$125k-165k', NULL),
    ('dvf-cost-salary', 'flask', '$115k-155k', NULL),
    ('dvf-cost-maintenance', 'django', 'Lower', 'More is built in and maintained by the Django project itself.'),
    ('dvf-cost-maintenance', 'flask', 'Higher', 'Each extension is another dependency to follow and upgrade.'),

    ('dvf-fits', 'django', 'Large apps with many models and roles; news and content sites (Wagtail); e-commerce (django-oscar, Saleor); social networks; CRMs; multi-tenant SaaS (django-tenants); teams that want conventions', NULL),
    ('dvf-fits', 'flask', 'Single-purpose APIs and microservices; ML model serving; learning; prototypes and MVPs whose direction may change; small internal tools, dashboards and blogs', NULL),
    ('dvf-s1-example', 'django', 'A news aggregator with accounts, submissions, votes, comments and editor roles', 'The admin covers moderation without extra work.'),
    ('dvf-s1-example', 'flask', 'A weather API with one route, /weather/<city>, that returns JSON', 'About 30 lines of code, by S1''s count.'),

    ('dvf-users-s5', 'django', 'Instagram (2B+ monthly users), Pinterest (450M+ monthly users)', NULL),
    ('dvf-users-s5', 'flask', 'Netflix (microservices), Reddit, Uber, Airbnb (ML services), Lyft', NULL),
    ('dvf-users-s2', 'django', 'Spotify, Dropbox, NASA, Google, YouTube', NULL),
    ('dvf-users-s2', 'flask', 'Samsung, Red Hat', NULL),
    ('dvf-pinterest', 'django', 'Listed by S5 as a Django user', NULL),
    ('dvf-pinterest', 'flask', 'Said by S1 to use Flask for some components', NULL)
) AS v(code, framework_slug, value_text, note)
JOIN criterion c ON c.code = v.code
JOIN framework f ON f.slug = v.framework_slug;

-- 'both' cites the source for the Django and the Flask value of the row.
INSERT INTO criterion_value_source (criterion_value_id, source_id)
SELECT cv.id, s.id
FROM (VALUES
    ('dvf-kind', 'both', 'S2'), ('dvf-kind', 'both', 'S5'),
    ('dvf-decisions', 'both', 'S1'),
    ('dvf-best-for', 'both', 'S1'), ('dvf-best-for', 'both', 'S4'), ('dvf-best-for', 'both', 'S5'),
    ('dvf-picture', 'both', 'S1'),
    ('dvf-type', 'both', 'S5'), ('dvf-type', 'flask', 'S2'),
    ('dvf-pattern', 'both', 'S5'),
    ('dvf-built-in', 'both', 'S2'),
    ('dvf-building-blocks', 'both', 'S2'),
    ('dvf-python', 'both', 'S5'),
    ('dvf-orm', 'both', 'S5'), ('dvf-orm', 'django', 'S1'), ('dvf-orm', 'flask', 'S2'),
    ('dvf-migrations', 'both', 'S5'),
    ('dvf-forms', 'both', 'S2'),
    ('dvf-admin', 'both', 'S5'), ('dvf-admin', 'django', 'S1'), ('dvf-admin', 'flask', 'S2'),
    ('dvf-auth', 'both', 'S5'), ('dvf-auth', 'django', 'S2'), ('dvf-auth', 'flask', 'S2'),
    ('dvf-sessions', 'both', 'S2'),
    ('dvf-template-engine', 'both', 'S5'),
    ('dvf-escaping', 'both', 'S2'), ('dvf-escaping', 'both', 'S5'),
    ('dvf-async', 'both', 'S5'),
    ('dvf-realtime', 'both', 'S2'),
    ('dvf-async-heavy', 'both', 'S1'), ('dvf-async-heavy', 'both', 'S5'),
    ('dvf-rest', 'both', 'S5'),
    ('dvf-single-api', 'both', 'S1'),
    ('dvf-csrf', 'both', 'S2'), ('dvf-csrf', 'both', 'S5'),
    ('dvf-xss', 'both', 'S2'), ('dvf-xss', 'both', 'S5'),
    ('dvf-sql-injection', 'both', 'S2'), ('dvf-sql-injection', 'django', 'S5'),
    ('dvf-clickjacking', 'both', 'S2'), ('dvf-clickjacking', 'django', 'S5'),
    ('dvf-passwords', 'both', 'S2'),
    ('dvf-security-default', 'both', 'S5'), ('dvf-security-default', 'django', 'S2'),
    ('dvf-test-tools', 'both', 'S5'),
    ('dvf-debugging', 'both', 'S2'),
    ('dvf-curve', 'both', 'S5'),
    ('dvf-first-steps', 'django', 'S3'), ('dvf-first-steps', 'flask', 'S1'),
    ('dvf-real-app', 'both', 'S1'),
    ('dvf-from-scratch', 'both', 'S1'),
    ('dvf-newcomers', 'both', 'S5'),
    ('dvf-stars-2026', 'both', 'S5'),
    ('dvf-stars-2022', 'both', 'S2'),
    ('dvf-questions', 'both', 'S5'), ('dvf-questions', 'both', 'S2'),
    ('dvf-packages', 'both', 'S5'), ('dvf-packages', 'flask', 'S1'),
    ('dvf-key-packages', 'both', 'S2'),
    ('dvf-usage', 'both', 'S5'),
    ('dvf-experienced', 'both', 'S5'),
    ('dvf-throughput-s1', 'both', 'S1'),
    ('dvf-gap-s5', 'both', 'S5'),
    ('dvf-startup', 'both', 'S4'),
    ('dvf-caching', 'both', 'S4'),
    ('dvf-bottleneck', 'both', 'S1'),
    ('dvf-raw-speed', 'both', 'S1'),
    ('dvf-cost-vps', 'both', 'S5'),
    ('dvf-cost-paas', 'both', 'S5'),
    ('dvf-cost-enterprise', 'both', 'S5'),
    ('dvf-cost-salary', 'both', 'S5'),
    ('dvf-cost-maintenance', 'both', 'S5'),
    ('dvf-fits', 'both', 'S1'), ('dvf-fits', 'both', 'S3'), ('dvf-fits', 'both', 'S4'), ('dvf-fits', 'both', 'S5'),
    ('dvf-s1-example', 'both', 'S1'),
    ('dvf-users-s5', 'both', 'S5'),
    ('dvf-users-s2', 'both', 'S2'),
    ('dvf-pinterest', 'django', 'S5'), ('dvf-pinterest', 'flask', 'S1')
) AS v(code, framework_slug, source_code)
JOIN criterion c ON c.code = v.code
JOIN criterion_value cv ON cv.criterion_id = c.id
JOIN framework f ON f.id = cv.framework_id AND (f.slug = v.framework_slug OR v.framework_slug = 'both')
JOIN source s ON s.code = v.source_code;

INSERT INTO section_note (section_id, framework_id, heading, body, position)
SELECT s.id, f.id, v.heading, v.body, v.pos
FROM (VALUES
    ('at-a-glance', NULL, 'Make the decisions, or have them made',
     'S1''s closing advice: neither framework is too heavy or too minimal in itself. Ask whether you would rather make the architectural decisions yourself (Flask) or have sensible ones made for you (Django).', 1),
    ('at-a-glance', 'fastapi', 'Worth a look: FastAPI',
     'If the project is only an API and most of its work is waiting on other services, both S1 and S5 suggest also considering FastAPI, a third Python framework built around async request handling.', 2),
    ('performance', NULL, 'Why we chart only S5''s rows',
     'S5''s figures and S1''s differ by about two orders of magnitude, so drawing them on one scale would hide S1''s bars entirely. The chart shows S5''s six workloads; S1''s range stays in the table.', 1)
) AS v(anchor, framework_slug, heading, body, pos)
JOIN comparison_section s ON s.anchor = v.anchor
LEFT JOIN framework f ON f.slug = v.framework_slug
JOIN comparison c ON c.id = s.comparison_id AND c.slug = 'django-vs-flask';

INSERT INTO section_note_source (section_note_id, source_id)
SELECT n.id, s.id
FROM (VALUES
    ('Make the decisions, or have them made', 'S1'),
    ('Worth a look: FastAPI', 'S1'),
    ('Worth a look: FastAPI', 'S5'),
    ('Why we chart only S5''s rows', 'S1'),
    ('Why we chart only S5''s rows', 'S5')
) AS v(heading, source_code)
JOIN section_note n ON n.heading = v.heading
JOIN source s ON s.code = v.source_code;

INSERT INTO disagreement (section_id, topic, side_a, side_a_source_id, side_b, side_b_source_id, explanation, position)
SELECT sec.id, v.topic, v.side_a, a.id, v.side_b, b.id, v.explanation, v.pos
FROM (VALUES
    ('who-uses-it', 'Does Pinterest run on Django or on Flask?',
     'S5 lists Pinterest among Django''s users, with more than 450 million monthly users.', 'S5',
     'S1 says Pinterest uses Flask for some of its components.', 'S1',
     'Both can be partly true. Large companies often run a main web application on one framework and smaller services on another, and neither source says which parts of Pinterest run on what. Treat the name as a sign that both frameworks work at scale, not as evidence for either.', 1),
    ('performance', 'Hundreds of requests per second, or tens of thousands?',
     'S1 reports 100-200 requests per second for Django and 200-300 for Flask on modest hardware.', 'S1',
     'S5 reports 3,200 to 45,000 requests per second, depending on the workload, for the same two frameworks.', 'S5',
     'The two measured different things. S5''s figures come from synthetic benchmarks (S5 cites TechEmpower Round 23): tiny handlers, tuned servers, many worker processes and strong hardware, repeated until the numbers settle. S1 describes an ordinary application, where each request passes through middleware, templates and real database queries on a small server. Hardware, worker count and the work done per request easily account for a factor of a hundred. The sources do agree on what matters most: the gap between the two frameworks is small next to the cost of the database and other I/O.', 1),
    ('community', 'How many GitHub stars?',
     'S2 counted 63.1k stars for Django and 58.4k for Flask in March 2022.', 'S2',
     'S5 counts about 68,400 for Django and about 61,700 for Flask in April 2026.', 'S5',
     'Four years separate the two counts, and stars only ever accumulate, so both can be right for their date. They agree on the order: Django slightly ahead. Star counts measure attention, not quality or fitness for your project.', 2)
) AS v(anchor, topic, side_a, side_a_code, side_b, side_b_code, explanation, pos)
JOIN comparison_section sec ON sec.anchor = v.anchor
JOIN comparison c ON c.id = sec.comparison_id AND c.slug = 'django-vs-flask'
JOIN source a ON a.code = v.side_a_code
JOIN source b ON b.code = v.side_b_code;

INSERT INTO benchmark (comparison_id, workload, unit, setup, source_id, charted, position)
SELECT c.id, v.workload, 'req/s', v.setup, s.id, v.charted, v.pos
FROM (VALUES
    ('A typical application on modest hardware',
     'S1 (June 2026): an ordinary application on a small server; no further detail on hardware or workload.', 'S1', FALSE, 1),
    ('JSON serialization', 'S5 (April 2026), citing TechEmpower Round 23 and a "Python Speed Center 2026": Django 5.2 on Uvicorn against Flask 3.1 on Gunicorn.', 'S5', TRUE, 2),
    ('Single database query', 'S5 (April 2026), citing TechEmpower Round 23 and a "Python Speed Center 2026": Django 5.2 on Uvicorn against Flask 3.1 on Gunicorn.', 'S5', TRUE, 3),
    ('Multiple database queries (20 per request)', 'S5 (April 2026), citing TechEmpower Round 23 and a "Python Speed Center 2026": Django 5.2 on Uvicorn against Flask 3.1 on Gunicorn.', 'S5', TRUE, 4),
    ('Template rendering', 'S5 (April 2026), citing TechEmpower Round 23 and a "Python Speed Center 2026": Django 5.2 on Uvicorn against Flask 3.1 on Gunicorn.', 'S5', TRUE, 5),
    ('Async I/O', 'S5 (April 2026), citing TechEmpower Round 23 and a "Python Speed Center 2026": Django 5.2 on Uvicorn against Flask 3.1 on Gunicorn.', 'S5', TRUE, 6),
    ('Full-stack application simulation', 'S5 (April 2026), citing TechEmpower Round 23 and a "Python Speed Center 2026": Django 5.2 on Uvicorn against Flask 3.1 on Gunicorn.', 'S5', TRUE, 7)
) AS v(workload, setup, source_code, charted, pos)
JOIN source s ON s.code = v.source_code
JOIN comparison c ON c.slug = 'django-vs-flask';

INSERT INTO benchmark_result (benchmark_id, framework_id, low_amount, high_amount, server_label)
SELECT b.id, f.id, v.low_amount, v.high_amount, v.server_label
FROM (VALUES
    ('A typical application on modest hardware', 'django', 100, 200, NULL),
    ('A typical application on modest hardware', 'flask', 200, 300, NULL),
    ('JSON serialization', 'django', 32000, NULL, 'Uvicorn'),
    ('JSON serialization', 'flask', 45000, NULL, 'Gunicorn'),
    ('Single database query', 'django', 18500, NULL, 'Uvicorn'),
    ('Single database query', 'flask', 19200, NULL, 'Gunicorn'),
    ('Multiple database queries (20 per request)', 'django', 3800, NULL, 'Uvicorn'),
    ('Multiple database queries (20 per request)', 'flask', 3200, NULL, 'Gunicorn'),
    ('Template rendering', 'django', 12400, NULL, 'Uvicorn'),
    ('Template rendering', 'flask', 14100, NULL, 'Gunicorn'),
    ('Async I/O', 'django', 28000, NULL, 'Uvicorn'),
    ('Async I/O', 'flask', 31000, NULL, 'Gunicorn'),
    ('Full-stack application simulation', 'django', 8200, NULL, 'Uvicorn'),
    ('Full-stack application simulation', 'flask', 7900, NULL, 'Gunicorn')
) AS v(workload, framework_slug, low_amount, high_amount, server_label)
JOIN benchmark b ON b.workload = v.workload
JOIN framework f ON f.slug = v.framework_slug;

INSERT INTO use_case_pick (comparison_id, use_case, framework_id, reason, source_id, position)
SELECT c.id, v.use_case, f.id, v.reason, s.id, v.pos
FROM (VALUES
    ('Enterprise web application', 'django', 'Many models, roles and screens benefit from the built-in admin, auth and conventions.', 1),
    ('Microservices and light APIs', 'flask', 'A small core keeps each service lean and quick to start.', 2),
    ('E-commerce', 'django', 'Mature shop frameworks such as django-oscar and Saleor build on it.', 3),
    ('Machine-learning model serving', 'flask', 'A model behind one or two routes needs little more than Flask itself.', 4),
    ('SaaS product', 'django', 'Accounts, billing screens and tenants fit its structure; django-tenants covers multi-tenancy.', 5),
    ('Prototypes and MVPs', 'flask', 'Easy to reshape while the direction of the product is still moving.', 6),
    ('CMS and content platforms', 'django', 'The admin and Wagtail give editors a place to work from the start.', 7)
) AS v(use_case, framework_slug, reason, pos)
JOIN framework f ON f.slug = v.framework_slug
JOIN source s ON s.code = 'S5'
JOIN comparison c ON c.slug = 'django-vs-flask';

INSERT INTO pro_con (comparison_id, framework_id, is_pro, statement, source_id, position)
SELECT c.id, f.id, v.is_pro, v.statement, s.id, v.pos
FROM (VALUES
    ('django', TRUE, 'Admin, authentication, ORM and migrations come in the box.', 'S5', 1),
    ('django', TRUE, 'Security protections are on before you write any code.', 'S5', 2),
    ('django', TRUE, 'Its enforced structure keeps a team with mixed experience consistent.', 'S1', 3),
    ('django', TRUE, 'Copes better than Flask as an application grows in features.', 'S1', 4),
    ('django', FALSE, 'A steeper learning curve.', 'S5', 1),
    ('django', FALSE, 'More than a single-purpose API needs.', 'S1', 2),
    ('django', FALSE, 'Starts more slowly.', 'S4', 3),
    ('django', FALSE, 'Hosting ranges run somewhat higher than Flask''s.', 'S5', 4),
    ('flask', TRUE, 'A small core that is quick to learn; "hello world" takes about six lines.', 'S1', 1),
    ('flask', TRUE, 'You choose every piece, which suits a solo developer and a changing prototype.', 'S1', 2),
    ('flask', TRUE, 'Starts faster and uses less memory.', 'S4', 3),
    ('flask', TRUE, 'A good fit for APIs, microservices and ML model serving.', 'S5', 4),
    ('flask', FALSE, 'Admin, accounts, forms and migrations each need an extension.', 'S5', 1),
    ('flask', FALSE, 'CSRF protection and session security have to be set up by hand.', 'S2', 2),
    ('flask', FALSE, 'Choosing and learning many extensions can wear you out ("extension fatigue").', 'S1', 3),
    ('flask', FALSE, 'Higher maintenance overhead over time.', 'S5', 4)
) AS v(framework_slug, is_pro, statement, source_code, pos)
JOIN framework f ON f.slug = v.framework_slug
JOIN source s ON s.code = v.source_code
JOIN comparison c ON c.slug = 'django-vs-flask';

INSERT INTO migration_step (comparison_id, from_framework_id, to_framework_id, step_text, source_id, position)
SELECT c.id, ff.id, tf.id, v.step_text, s.id, v.pos
FROM (VALUES
    ('flask', 'django', 'Rewrite the data models for the Django ORM; inspectdb can generate a first draft from the existing database.', 1),
    ('flask', 'django', 'Turn each @app.route view into a Django view listed in urls.py.', 2),
    ('flask', 'django', 'Port the Jinja2 templates to the Django Template Language, or keep them by using django-jinja.', 3),
    ('flask', 'django', 'Replace Flask-Login with django.contrib.auth.', 4),
    ('django', 'flask', 'The usual reason is to split a monolith into separate services.', 1),
    ('django', 'flask', 'For each service, bring back a built-in piece (ORM, auth, admin) only if that service really needs it.', 2)
) AS v(from_slug, to_slug, step_text, pos)
JOIN framework ff ON ff.slug = v.from_slug
JOIN framework tf ON tf.slug = v.to_slug
JOIN source s ON s.code = 'S5'
JOIN comparison c ON c.slug = 'django-vs-flask';
