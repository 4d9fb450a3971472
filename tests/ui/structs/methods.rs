// Methods with &self, &mut self and self receivers.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
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

    fn into_tuple(self) -> (u32, u32) {
        (self.width, self.height)
    }
}

fn main() {
    let mut rect1 = Rectangle { width: 30, height: 50 };
    let rect2 = Rectangle { width: 10, height: 40 };
    println!("area {}", rect1.area());
    println!("can hold {}", rect1.can_hold(&rect2));
    rect1.scale(2);
    println!("{:?}", rect1);
    println!("{:?}", rect1.into_tuple());
}
