// Chapter 5: structs, methods, associated functions and derived Debug.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }

    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn scale(&mut self, factor: u32) {
        self.width *= factor;
        self.height *= factor;
    }
}

#[derive(Debug, Clone)]
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn build_user(email: String, username: String) -> User {
    User { active: true, username, email, sign_in_count: 1 }
}

struct Color(i32, i32, i32);
struct AlwaysEqual;

fn main() {
    let rect1 = Rectangle { width: 30, height: 50 };
    let rect2 = Rectangle { width: 10, height: 40 };
    let mut rect3 = Rectangle::square(20);
    println!("rect1 is {:?}", rect1);
    println!("rect1 is {rect1:#?}");
    println!("area {}", rect1.area());
    println!("Can rect1 hold rect2? {}", rect1.can_hold(&rect2));
    println!("Can rect1 hold rect3? {}", rect1.can_hold(&rect3));
    rect3.scale(2);
    dbg!(rect3.area());
    let user1 = build_user(String::from("someone@example.com"), String::from("someuser123"));
    let user2 = User { email: String::from("another@example.com"), ..user1.clone() };
    println!("{} {} {} {}", user2.username, user2.email, user2.active, user2.sign_in_count);
    println!("{:?}", user1);
    let black = Color(0, 0, 0);
    let Color(r, g, b) = black;
    let _unit = AlwaysEqual;
    println!("{r} {g} {b}");
}
