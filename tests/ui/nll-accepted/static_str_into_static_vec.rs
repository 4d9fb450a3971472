// A `&'static str` parameter may go into a Vec of `&'static str`.
fn keep(names: &mut Vec<&'static str>, name: &'static str) {
    names.push(name);
}

fn main() {
    let mut names = Vec::new();
    keep(&mut names, "ada");
    println!("{:?}", names);
}
