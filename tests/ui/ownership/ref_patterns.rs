// Match ergonomics: matching on a reference binds by reference without moving.
fn main() {
    let pair = (String::from("a"), String::from("b"));
    let (x, y) = &pair;
    println!("{x} {y} {:?}", pair);
    let maybe = Some(String::from("text"));
    if let Some(s) = &maybe {
        println!("borrowed {s}");
    }
    match maybe {
        Some(ref s) => println!("ref {s}"),
        None => {}
    }
    println!("{maybe:?}");
    let mut opt = Some(1);
    if let Some(n) = &mut opt {
        *n += 41;
    }
    println!("{opt:?}");
}
