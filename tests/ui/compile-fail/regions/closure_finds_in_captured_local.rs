//@ compile-fail
// A local Vec captured by reference: what the closure finds in it borrows the local.
struct User {
    name: &'static str,
}
fn find_owned(users: &[User], id: usize) -> Option<&User> {
    let picked: Vec<&User> = users.iter().collect();
    let local: Vec<User> = picked.iter().map(|u| User { name: u.name }).collect();
    Some(id).and_then(|i| local.get(i)) //~ ERROR E0373
}
fn main() {
    let users = [User { name: "a" }];
    println!("{}", find_owned(&users, 0).map_or("", |u| u.name));
}
