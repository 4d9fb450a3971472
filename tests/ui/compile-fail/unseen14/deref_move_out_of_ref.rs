//@ compile-fail
// Moving a String out from behind a shared reference with * (E0507)
fn take_name(slot: &Option<String>) -> String {
    match slot {
        Some(name) => *name, //~ ERROR E0507
        None => String::new(),
    }
}

fn main() {
    let s = Some(String::from("zed"));
    println!("{}", take_name(&s));
}
