//@ compile-fail
// A Vec element's `&'static str` field assigned from a String: the borrow would have to be 'static.
#[derive(Clone, Copy)]
struct Tag {
    name: &'static str,
}

fn first(tags: &[Tag]) -> &'static str {
    tags[0].name
}

fn main() {
    let typed = String::from("urgent");
    let mut tags = vec![Tag { name: "todo" }];
    tags[0].name = typed.as_str(); //~ ERROR E0597
    println!("{}", first(&tags));
}
