// take_while/skip_while/map_while over tokens, peekable lexer with peek and next_if, scan running totals, step_by on chars, by_ref resumption.
#[derive(Debug)]
enum Tok { Num(i64), Op(char), Ident(String) }

fn lex(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(d) = it.next_if(|c| c.is_ascii_digit()) { n = n * 10 + d.to_digit(10).unwrap() as i64; }
            out.push(Tok::Num(n));
        } else if c.is_alphabetic() {
            let mut id = String::new();
            while let Some(ch) = it.next_if(|c| c.is_alphanumeric()) { id.push(ch); }
            out.push(Tok::Ident(id));
        } else if c.is_whitespace() {
            it.next();
        } else {
            out.push(Tok::Op(c));
            it.next();
        }
    }
    out
}

fn main() {
    let toks = lex("x1 + 42*(y - 7) / zed");
    println!("{:?}", toks);
    let line = "    key = value # comment";
    let indent = line.chars().take_while(|c| *c == ' ').count();
    let body: String = line.chars().skip_while(|c| *c == ' ').take_while(|c| *c != '#').collect();
    println!("{} {:?} {:?}", indent, body, body.trim_end());
    let nums = "3 4 x 5";
    let prefix: Vec<i32> = nums.split(' ').map_while(|t| t.parse().ok()).collect();
    println!("{:?}", prefix);
    let run: Vec<i32> = [1, 2, 3, 4].iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", run);
    let every_other: String = "abcdefg".chars().step_by(2).collect();
    println!("{}", every_other);
    let mut words = "a bb ccc dddd eeeee".split(' ');
    let short: Vec<&str> = words.by_ref().take_while(|w| w.len() < 3).collect();
    let rest: Vec<&str> = words.collect();
    println!("{:?} {:?}", short, rest);
}
