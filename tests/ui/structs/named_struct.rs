// A struct with named fields: construction, field access, mutation and field init shorthand.
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn build_user(email: String, username: String) -> User {
    User {
        active: true,
        username,
        email,
        sign_in_count: 1,
    }
}

fn main() {
    let mut user = build_user(String::from("a@b.c"), String::from("abc"));
    user.email = String::from("new@b.c");
    user.sign_in_count += 1;
    println!("{} {} {} {}", user.active, user.username, user.email, user.sign_in_count);
}
