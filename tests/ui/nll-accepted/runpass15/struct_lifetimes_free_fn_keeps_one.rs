// a free function taking `&Pick<'a, 'b>` and returning the `'a` field keeps only the `'a` borrow
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
fn long_of<'a, 'b>(p: &Pick<'a, 'b>) -> &'a str {
    p.long
}
fn main() {
    let outer = String::from("outer text");
    let kept;
    {
        let inner = String::from("inner");
        let p = Pick { long: &outer, short: &inner };
        kept = long_of(&p);
        println!("{} {}", p.short, kept.len());
    }
    println!("{}", kept);
}
