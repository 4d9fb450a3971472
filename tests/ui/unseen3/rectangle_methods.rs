// Structs: field init shorthand, methods, associated functions, Debug pretty printing, update syntax.
#[derive(Debug, Clone, PartialEq)]
struct Rectangle {
    width: u32,
    height: u32,
    label: String,
}

impl Rectangle {
    fn new(width: u32, height: u32, label: &str) -> Self {
        Rectangle { width, height, label: label.to_string() }
    }

    fn square(size: u32) -> Self {
        Self { width: size, height: size, label: String::from("square") }
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

    fn into_label(self) -> String {
        self.label
    }
}

#[derive(Debug, Default)]
struct Settings {
    verbose: bool,
    level: u8,
    name: String,
    ratio: f32,
}

fn main() {
    let mut r1 = Rectangle::new(30, 50, "first");
    let r2 = Rectangle::new(10, 40, "second");
    let r3 = Rectangle::square(60);
    println!("r1 area {}", r1.area());
    println!("r1 holds r2: {}, r1 holds r3: {}", r1.can_hold(&r2), r1.can_hold(&r3));
    println!("{:?}", r2);
    println!("{:#?}", r3);
    r1.scale(2);
    println!("scaled {}x{} = {}", r1.width, r1.height, r1.area());

    let r4 = Rectangle { label: String::from("copy"), ..r2.clone() };
    println!("r4 == r2? {} width same? {}", r4 == r2, r4.width == r2.width);

    let s = Settings { level: 3, ..Default::default() };
    println!("{:?}", s);
    println!("{:#?}", Settings { verbose: true, name: "x".into(), ..s });

    let rects = vec![r1, r2, r3, r4];
    let biggest = rects.iter().max_by_key(|r| r.area()).unwrap();
    println!("biggest: {} ({})", biggest.label, biggest.area());
    let total: u32 = rects.iter().map(Rectangle::area).sum();
    println!("total area {total}");
    let labels: Vec<String> = rects.into_iter().map(|r| r.into_label()).collect();
    println!("{:?}", labels);
}
