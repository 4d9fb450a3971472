//@ compile-fail
// A by-value `Wrapper<'b>` parameter pushed whole into a `Vec<Wrapper<'a>>`.
struct Wrapper<'a> {
    text: &'a str,
}

fn keep<'a, 'b>(list: &mut Vec<Wrapper<'a>>, w: Wrapper<'b>) {
    list.push(w); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut list = Vec::new();
    keep(&mut list, Wrapper { text: "x" });
    println!("{}", list[0].text);
}
