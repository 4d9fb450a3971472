// A `&mut [T]` parameter read in a closure is captured as `*users` by shared reference: the item found lives as long as the parameter.
struct User {
    name: &'static str,
}
fn find_mut<'a>(users: &'a mut [User], id: usize) -> Option<&'a User> {
    Some(id).and_then(|i| users.get(i))
}
fn main() {
    let mut users = [User { name: "a" }];
    println!("{}", find_mut(&mut users, 0).map_or("", |u| u.name));
}
