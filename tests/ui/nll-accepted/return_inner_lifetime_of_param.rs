// Copying a reference out of a parameter's pointee gives the pointee's lifetime, which outlives
// the outer borrow: the function may return it for that lifetime, declared or implied.
#[derive(Debug)]
enum Token<'a> {
    Word(&'a str),
    Num(i64),
}

struct Holder<'a> {
    text: &'a str,
}

impl<'a> Holder<'a> {
    fn text(&self) -> &'a str {
        self.text
    }
}

fn longest_word<'a>(tokens: &[Token<'a>]) -> Option<&'a str> {
    let mut best: Option<&'a str> = None;
    for t in tokens {
        if let Token::Word(w) = t {
            if best.map_or(true, |b| w.len() > b.len()) {
                best = Some(w);
            }
        }
    }
    best
}

fn first<'a>(words: &[&'a str]) -> &'a str {
    words[0]
}

fn first_implied<'a>(words: &'a Vec<&str>) -> &'a str {
    words[0]
}

fn first_bounded<'a, 'b: 'a>(words: &[&'b str]) -> &'a str {
    words[0]
}

fn first_where<'a, 'b>(words: &[&'b str]) -> &'a str
where
    'b: 'a,
{
    let w: &str = words[0];
    w
}

fn text_of<'a>(h: &Holder<'a>) -> &'a str {
    h.text
}

fn owned<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words.to_vec()
}

fn main() {
    let text = String::from("let total = 42 done");
    let tokens: Vec<Token> = text
        .split(' ')
        .map(|w| match w.parse::<i64>() {
            Ok(n) => Token::Num(n),
            Err(_) => Token::Word(w),
        })
        .collect();
    println!("{:?}", tokens);
    println!("{:?}", longest_word(&tokens));
    let words = vec!["alpha", "beta"];
    println!("{} {} {} {}", first(&words), first_implied(&words), first_bounded(&words), first_where(&words));
    let h = Holder { text: "held" };
    println!("{} {}", text_of(&h), h.text());
    println!("{:?}", owned(&words));
}
