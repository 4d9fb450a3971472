// Structs: methods, associated functions, derive Debug with {:?} and {:#?}, struct update syntax.
#[derive(Debug, Clone, PartialEq)]
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
    fn scale(&mut self, k: u32) {
        self.width *= k;
        self.height *= k;
    }
}

#[derive(Debug, Default)]
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

struct Color(i32, i32, i32);
struct AlwaysEqual;

fn main() {
    let mut r1 = Rectangle { width: 30, height: 50 };
    let r2 = Rectangle { width: 10, height: 40 };
    let sq = Rectangle::square(20);
    println!("area {} can_hold {} {}", r1.area(), r1.can_hold(&r2), r2.can_hold(&sq));
    println!("{:?}", r1);
    println!("{:#?}", sq);
    r1.scale(2);
    println!("{r1:?} {}", r1 == r2.clone());
    let user1 = User {
        active: true,
        username: String::from("someone"),
        email: String::from("someone@example.com"),
        sign_in_count: 1,
    };
    let user2 = User { email: String::from("another@example.com"), ..user1 };
    println!("{} {} {}", user2.username, user2.email, user2.sign_in_count);
    let d = User::default();
    println!("{:?}", d);
    println!("{:#?}", User { active: true, ..Default::default() });
    let black = Color(0, 0, 0);
    let Color(r, g, b) = black;
    println!("{r} {g} {b} {}", black.1);
    let _unit = AlwaysEqual;
    let rects = vec![r2, sq, Rectangle { width: 3, height: 4 }];
    let total: u32 = rects.iter().map(Rectangle::area).sum();
    let biggest = rects.iter().max_by_key(|r| r.area()).unwrap();
    println!("total {total} biggest {:?}", biggest);
}
