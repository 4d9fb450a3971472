//@ compile-fail
// A closure holds a mutable borrow of `hits` while `hits` is borrowed mutably again.
fn main() {
    let mut hits = Vec::new();
    let mut record = |page: &str| hits.push(page.to_string());
    record("/home");
    let direct = &mut hits; //~ ERROR E0499
    direct.push(String::from("/about"));
    record("/contact");
    println!("{:?}", hits);
}
