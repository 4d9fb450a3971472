//@ compile-fail
// The `&'b str` inside a by-value `Option<&'b str>` parameter is pushed into a `Vec<&'a str>`.
fn add_some<'a, 'b>(list: &mut Vec<&'a str>, extra: Option<&'b str>) {
    if let Some(s) = extra {
        list.push(s); //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let mut list = vec!["a"];
    add_some(&mut list, Some("b"));
    println!("{:?}", list);
}
