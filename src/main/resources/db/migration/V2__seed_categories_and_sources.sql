-- The article categories and the five published comparisons the site's facts come from.
INSERT INTO category (slug, name, description, position) VALUES
    ('guides', 'Guides', 'Step-by-step help with the decision and what follows it.', 1),
    ('comparisons', 'Comparisons', 'What each framework offers, side by side.', 2),
    ('performance', 'Performance', 'Speed claims, benchmarks and what they really measure.', 3),
    ('security', 'Security', 'What each framework protects you from, and what is left to you.', 4),
    ('community', 'Community', 'Packages, people, surveys and the learning curve.', 5);

INSERT INTO source (code, title, publisher, published_label, licence, url, note) VALUES
    ('S1', 'Django vs Flask: Which Python Web Framework Should You Choose?', 'A decision-advisor blog', 'June 2026', NULL, NULL,
     'A 7-minute read in the blog''s General category; the source of the six-question framework.'),
    ('S2', 'Flask Versus Django: Which Python Framework Is Right for You?', 'Mattermost community blog', 'March 2022', 'CC BY-NC-SA 4.0', NULL,
     'The oldest of the five; its star and question counts are from early 2022.'),
    ('S3', 'Flask vs Django', 'Zyneto (agency blog)', '2025', NULL, NULL,
     'An agency''s overview; its closing sales pitch is not used here.'),
    ('S4', 'Flask vs Django: Choosing the Right Framework for Your Project', 'A freelance developer''s blog', '28 Nov 2024', NULL, NULL,
     'Qualitative notes on start-up time, memory and caching.'),
    ('S5', 'Django vs Flask 2026', 'Tech Insider', 'April 2026', NULL, NULL,
     'Feature table, benchmark figures, costs and survey numbers; its release dates for Django 5.2 and Flask 3.1 are wrong.');
