// Peekable tokenizer
#[derive(Debug, PartialEq)]
enum Tok { Num(i64), Op(char), LParen, RParen }
fn lex(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(&d) = it.peek() {
                if let Some(v) = d.to_digit(10) { n = n * 10 + v as i64; it.next(); } else { break; }
            }
            out.push(Tok::Num(n));
        } else if c == '(' { out.push(Tok::LParen); it.next(); }
        else if c == ')' { out.push(Tok::RParen); it.next(); }
        else if c.is_whitespace() { it.next(); }
        else { out.push(Tok::Op(c)); it.next(); }
    }
    out
}
fn eval(t: &[Tok], pos: &mut usize) -> i64 {
    let mut acc = term(t, pos);
    while *pos < t.len() {
        match t[*pos] { Tok::Op('+') => { *pos += 1; acc += term(t, pos); } Tok::Op('-') => { *pos += 1; acc -= term(t, pos); } _ => break }
    }
    acc
}
fn term(t: &[Tok], pos: &mut usize) -> i64 {
    let mut acc = atom(t, pos);
    while *pos < t.len() {
        match t[*pos] { Tok::Op('*') => { *pos += 1; acc *= atom(t, pos); } Tok::Op('/') => { *pos += 1; acc /= atom(t, pos); } _ => break }
    }
    acc
}
fn atom(t: &[Tok], pos: &mut usize) -> i64 {
    match &t[*pos] {
        Tok::Num(n) => { *pos += 1; *n }
        Tok::LParen => { *pos += 1; let v = eval(t, pos); *pos += 1; v }
        other => panic!("unexpected {:?}", other),
    }
}
fn main() {
    for src in ["1 + 2 * 3", "(1+2)*3", "100 / (4 - 2) - 7", "2 * (3 + 4) * 5"] {
        let toks = lex(src);
        let mut p = 0;
        println!("{src} = {}", eval(&toks, &mut p));
    }
    println!("{:?}", lex("12+(3)"));
    let mut p = 0;
    eval(&lex("+"), &mut p);
}
