// A hand-written lexer turns a JSON-like text into tokens (strings, numbers, punctuation, keywords) and reports the first bad character.
#[derive(Debug, PartialEq, Clone)]
enum Token {
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Colon,
    Comma,
    Str(String),
    Num(f64),
    Bool(bool),
    Null,
}

fn lex(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\n' | '\t' => i += 1,
            '{' => { tokens.push(Token::LBrace); i += 1; }
            '}' => { tokens.push(Token::RBrace); i += 1; }
            '[' => { tokens.push(Token::LBracket); i += 1; }
            ']' => { tokens.push(Token::RBracket); i += 1; }
            ':' => { tokens.push(Token::Colon); i += 1; }
            ',' => { tokens.push(Token::Comma); i += 1; }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    s.push(chars[i]);
                    i += 1;
                }
                if i == chars.len() {
                    return Err(String::from("unterminated string"));
                }
                i += 1;
                tokens.push(Token::Str(s));
            }
            '-' | '0'..='9' => {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let n: f64 = text.parse().map_err(|_| format!("bad number {}", text))?;
                tokens.push(Token::Num(n));
            }
            c if c.is_alphabetic() => {
                let start = i;
                while i < chars.len() && chars[i].is_alphabetic() {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                let t = match word.as_str() {
                    "true" => Token::Bool(true),
                    "false" => Token::Bool(false),
                    "null" => Token::Null,
                    _ => return Err(format!("unknown word {} at {}", word, start)),
                };
                tokens.push(t);
            }
            other => return Err(format!("unexpected {:?} at {}", other, i)),
        }
    }
    Ok(tokens)
}

fn main() {
    let inputs = [
        r#"{"name": "Ada", "age": 36, "langs": ["en", "fr"], "admin": true}"#,
        "[1, -2.5, 3.25, null]",
        r#"{"x": 1.2.3}"#,
        r#"{"ok": yes}"#,
        r#"{"open": "never closed}"#,
        "[1; 2]",
    ];
    for input in inputs.iter() {
        match lex(input) {
            Ok(tokens) => {
                let strings = tokens.iter().filter(|t| matches!(t, Token::Str(_))).count();
                let sum: f64 = tokens.iter().filter_map(|t| if let Token::Num(n) = t { Some(*n) } else { None }).sum();
                println!("{} tokens, {} strings, numbers sum to {}", tokens.len(), strings, sum);
                println!("  first: {:?}, last: {:?}", tokens.first(), tokens.last());
            }
            Err(e) => println!("error: {}", e),
        }
    }
}
