// structs holding references with two lifetimes, methods choosing which one to return
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
impl<'a, 'b> Pick<'a, 'b> {
    fn long(&self) -> &'a str {
        self.long
    }
    fn both(&self) -> (&'a str, &'b str) {
        (self.long, self.short)
    }
}
fn longest<'x>(a: &'x str, b: &'x str) -> &'x str {
    if a.len() >= b.len() { a } else { b }
}
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}
fn main() {
    let outer = String::from("a long sentence");
    let kept;
    {
        let inner = String::from("tiny");
        let p = Pick { long: &outer, short: &inner };
        kept = p.long();
        let (l, s) = p.both();
        println!("{} / {}", l, s);
        println!("{}", longest(l, s));
    }
    println!("{} {}", kept, first_word(kept));
}
