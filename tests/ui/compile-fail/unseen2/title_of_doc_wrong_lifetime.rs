//@ compile-fail
// The function promises a reference living as long as the doc's borrowed body, but returns its own field.
struct Doc<'b> {
    title: String,
    body: &'b str,
}

fn title_of<'a, 'b>(d: &'a Doc<'b>) -> &'b str {
    &d.title //~ ERROR lifetime may not live long enough
}

fn main() {
    let text = String::from("body text");
    let d = Doc { title: String::from("T"), body: &text };
    println!("{} {}", title_of(&d), d.body);
}
