// A small tokenizer with Peekable: peek, peek_mut, next_if, next_if_eq, and grouping runs.
#[derive(Debug)]
enum Tok {
    Num(i64),
    Ident(String),
    Op(char),
    Arrow,
}

fn lex(src: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = src.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_whitespace() {
            it.next();
        } else if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(d) = it.next_if(|c| c.is_ascii_digit()) {
                n = n * 10 + d.to_digit(10).unwrap() as i64;
            }
            out.push(Tok::Num(n));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(ch) = it.next_if(|c| c.is_alphanumeric() || *c == '_') {
                s.push(ch);
            }
            out.push(Tok::Ident(s));
        } else if c == '-' {
            it.next();
            if it.next_if_eq(&'>').is_some() {
                out.push(Tok::Arrow);
            } else {
                out.push(Tok::Op('-'));
            }
        } else {
            it.next();
            out.push(Tok::Op(c));
        }
    }
    out
}

fn main() {
    println!("{:?}", lex("x1 = 42 + foo_bar - 7 -> y"));
    println!("{:?}", lex(""));
    let mut p = [1, 2, 3].into_iter().peekable();
    if let Some(first) = p.peek_mut() {
        *first *= 100;
    }
    println!("{:?}", p.collect::<Vec<_>>());
    let runs = "aaabccdddd";
    let mut it = runs.chars().peekable();
    let mut encoded = String::new();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.next_if_eq(&c).is_some() {
            n += 1;
        }
        encoded.push_str(&format!("{}{}", n, c));
    }
    println!("{} cap {}", encoded, encoded.capacity());
    let mut e = std::iter::empty::<i32>().peekable();
    println!("{:?}", e.peek());
    println!("{:?}", e.next_if(|_| true));
    let mut q = (1..5).peekable();
    println!("{:?}", q.peek().copied());
    println!("{:?} {:?}", q.peek().copied(), q.next());
    println!("{:?}", q.next_if_eq(&3));
}
