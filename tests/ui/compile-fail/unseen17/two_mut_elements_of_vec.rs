//@ compile-fail
// Taking `&mut users[0]` and `&mut users[1]` at once to swap their roles, as with two array references.
struct User {
    role: String,
}

fn main() {
    let mut users = vec![User { role: "admin".into() }, User { role: "guest".into() }];
    let a = &mut users[0];
    let b = &mut users[1]; //~ ERROR E0499
    std::mem::swap(&mut a.role, &mut b.role);
    println!("{} {}", users[0].role, users[1].role);
}
