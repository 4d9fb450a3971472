// A `move` closure returned from a function owns what it captured.
fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let mut c = make_counter();
    c();
    c();
    println!("{}", c());
    let prefix = String::from(">> ");
    let say = move |s: &str| format!("{}{}", prefix, s);
    println!("{}", say("hi"));
}
