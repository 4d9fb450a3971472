// A lexer over &str with char_indices() and peekable(): tokens slice the source by byte ranges.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Ident(&'a str),
    Number(&'a str),
    Str(&'a str),
    Op(char),
    Arrow,
}

fn lex(src: &str) -> Result<Vec<Token<'_>>, String> {
    let mut tokens = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_alphabetic() || c == '_' {
            let mut end = start;
            while let Some(&(i, ch)) = chars.peek() {
                if ch.is_alphanumeric() || ch == '_' {
                    end = i + ch.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Ident(&src[start..end]));
        } else if c.is_ascii_digit() {
            let mut end = start;
            while let Some(&(i, ch)) = chars.peek() {
                if ch.is_ascii_digit() || ch == '.' {
                    end = i + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Number(&src[start..end]));
        } else if c == '"' {
            chars.next();
            let mut end = None;
            for (i, ch) in chars.by_ref() {
                if ch == '"' {
                    end = Some(i);
                    break;
                }
            }
            match end {
                Some(e) => tokens.push(Token::Str(&src[start + 1..e])),
                None => return Err(format!("unterminated string at byte {}", start)),
            }
        } else if c == '-' {
            chars.next();
            if let Some(&(_, '>')) = chars.peek() {
                chars.next();
                tokens.push(Token::Arrow);
            } else {
                tokens.push(Token::Op('-'));
            }
        } else if "+*/=(),;".contains(c) {
            chars.next();
            tokens.push(Token::Op(c));
        } else {
            return Err(format!("unexpected {:?} at byte {}", c, start));
        }
    }
    Ok(tokens)
}

fn main() {
    let inputs = [
        "let x_1 = 3.14 * (y - 2);",
        "fn café() -> \"résumé\"",
        "print(\"hello, world\", 42)",
        "a = \"open",
        "x = 5 % 2",
    ];
    for input in inputs.iter() {
        match lex(input) {
            Ok(tokens) => {
                println!("{} tokens in {:?}", tokens.len(), input);
                for t in &tokens {
                    println!("  {:?}", t);
                }
                let idents = tokens.iter().filter(|t| matches!(t, Token::Ident(_))).count();
                println!("  idents: {}", idents);
            }
            Err(e) => println!("error in {:?}: {}", input, e),
        }
    }
    let toks = lex("a->b").unwrap();
    println!("{}", toks == vec![Token::Ident("a"), Token::Arrow, Token::Ident("b")]);
}
