// C-like enums with explicit discriminants and `as` casts to integers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug)]
enum Weekday {
    Mon,
    Tue,
    Wed,
}

fn main() {
    for l in [Level::Low, Level::Mid, Level::High] {
        println!("{:?} = {}", l, l as i32);
    }
    println!("{} {}", Weekday::Mon as u8, Weekday::Wed as u8);
    println!("{:?}", Weekday::Tue);
    println!("{}", Level::Mid == Level::Mid);
    println!("{}", std::mem::size_of::<Level>());
}
