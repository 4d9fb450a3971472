// Matching on `&opt` binds by reference; `opt` is still usable.
fn main() {
    let opt = Some(String::from("hi"));
    match &opt {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?}", opt);
}
