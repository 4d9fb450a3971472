// Checks that HTML-like tags are properly nested with a stack of tag names, skipping void tags and reporting the first mismatch.
#[derive(Debug, PartialEq)]
enum TagError {
    Unexpected { line: usize, found: String, expected: Option<String> },
    Unclosed(Vec<String>),
    Malformed(usize),
}

fn check(doc: &str) -> Result<usize, TagError> {
    let void = ["br", "img", "hr"];
    let mut stack: Vec<String> = Vec::new();
    let mut count = 0;
    for (n, line) in doc.lines().enumerate() {
        let mut rest = line;
        while let Some(start) = rest.find('<') {
            let after = &rest[start + 1..];
            let end = after.find('>').ok_or(TagError::Malformed(n + 1))?;
            let inner = &after[..end];
            rest = &after[end + 1..];
            let closing = inner.starts_with('/');
            let name: String = inner
                .trim_start_matches('/')
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            if name.is_empty() {
                return Err(TagError::Malformed(n + 1));
            }
            count += 1;
            if closing {
                match stack.pop() {
                    Some(open) if open == name => {}
                    other => {
                        return Err(TagError::Unexpected { line: n + 1, found: name, expected: other });
                    }
                }
            } else if !void.contains(&name.as_str()) && !inner.ends_with('/') {
                stack.push(name);
            }
        }
    }
    if stack.is_empty() { Ok(count) } else { Err(TagError::Unclosed(stack)) }
}

fn main() {
    let docs = [
        "<html>\n<body class=\"x\">\n<p>Hello<br>world</p>\n<img src=\"a.png\">\n</body>\n</html>",
        "<div>\n<p>text</div>\n</p>",
        "<ul>\n<li>one</li>\n<li>two",
        "<p>broken <b</p>",
        "<section><h1>Title</h1><hr/><p>ok</p></section>",
        "</span>",
    ];
    for (i, doc) in docs.iter().enumerate() {
        match check(doc) {
            Ok(n) => println!("doc {}: ok, {} tags", i, n),
            Err(TagError::Unexpected { line, found, expected }) => {
                println!("doc {}: line {}: found </{}> but expected {:?}", i, line, found, expected)
            }
            Err(e) => println!("doc {}: {:?}", i, e),
        }
    }
}
