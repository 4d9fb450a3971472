// Closures given to Option combinators capture a `&[T]` parameter by reference and return what it points to.
#[derive(Debug)]
struct User {
    name: &'static str,
    boss: Option<usize>,
}
fn find(users: &[User], id: usize) -> Option<&User> {
    users.get(id)
}
fn boss_of(users: &[User], id: usize) -> Option<&User> {
    find(users, id)?.boss.and_then(|b| find(users, b))
}
fn boss_name(users: &[User], id: usize) -> &'static str {
    find(users, id).and_then(|u| u.boss).and_then(|b| users.get(b)).map_or("-", |u| u.name)
}
fn main() {
    let users = [User { name: "root", boss: None }, User { name: "ana", boss: Some(0) }];
    println!("{:?}", boss_of(&users, 1));
    println!("{} {}", boss_name(&users, 1), boss_name(&users, 0));
}
