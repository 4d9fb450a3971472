// A function mutates its `&mut Vec` in one branch and then returns a `&mut` into it.
fn first_or_default(v: &mut Vec<String>) -> &mut String {
    if v.is_empty() {
        v.push(String::from("default"));
    }
    &mut v[0]
}

fn main() {
    let mut names: Vec<String> = Vec::new();
    first_or_default(&mut names).push_str("-1");
    first_or_default(&mut names).push_str("-2");
    names.push(String::from("other"));
    println!("{:?}", names);
}
