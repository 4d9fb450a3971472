//@ compile-fail
// An `Option<&str>` parameter with an elided lifetime feeds a `Vec<&'a str>`: rustc asks for `'a`.
fn add_some<'a>(list: &mut Vec<&'a str>, extra: Option<&str>) {
    if let Some(s) = extra {
        list.push(s); //~ ERROR E0621
    }
}

fn main() {
    let mut list = vec!["a"];
    add_some(&mut list, Some("b"));
    println!("{:?}", list);
}
