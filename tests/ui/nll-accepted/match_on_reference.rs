// Matching on `&Option<String>` binds by reference (default binding modes), nothing moves.
fn main() {
    let opt = Some(String::from("inside"));
    match &opt {
        Some(s) => println!("got {}", s),
        None => println!("none"),
    }
    if let Some(s) = &opt {
        println!("len {}", s.len());
    }
    println!("{:?}", opt);
}
