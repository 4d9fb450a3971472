//@ compile-fail
// A function declared to return `Option<&str>` returns the bare `&str`.
fn find_admin(names: &[&'static str]) -> Option<&'static str> {
    for n in names {
        if n.starts_with("admin") {
            return n; //~ ERROR E0308
        }
    }
    None
}

fn main() {
    println!("{:?}", find_admin(&["bob", "admin_ann"]));
}
