// `matches!` with patterns and guards, or-patterns in let/match, ranges of chars
#[derive(Debug)]
enum Tok {
    Num(i32),
    Op(char),
    Space,
}
fn lex(s: &str) -> Vec<Tok> {
    s.chars().map(|c| match c {
        '0'..='9' => Tok::Num(c as i32 - '0' as i32),
        '+' | '-' | '*' | '/' => Tok::Op(c),
        _ => Tok::Space,
    }).collect()
}
fn main() {
    let toks = lex("1 + 2*3");
    let ops = toks.iter().filter(|t| matches!(t, Tok::Op(_))).count();
    let big = toks.iter().filter(|t| matches!(t, Tok::Num(n) if *n > 1)).count();
    let spaces = toks.iter().filter(|t| matches!(t, Tok::Space)).count();
    println!("{} {} {}", ops, big, spaces);
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    println!("{}", "education".chars().filter(|&c| vowel(c)).count());
    for t in &toks {
        if let Tok::Num(1 | 3) = t {
            println!("odd {:?}", t);
        }
    }
    let (Ok(x) | Err(x)) = "5".parse::<i32>().map_err(|_| 0);
    println!("{}", x);
}
