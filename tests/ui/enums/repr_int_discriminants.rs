// Integer reprs on fieldless enums: explicit discriminants, `as` casts and sizes.
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
enum Level { Low = 1, Mid = 5, High = 200 }
#[repr(i16)]
#[derive(Debug)]
enum Temp { Cold = -40, Warm = 20, Hot }
#[repr(u32)]
enum Big { A = 70000, B }
enum Plain { X = 3, Y, Z = 10 }
fn main() {
    let l = Level::High;
    println!("{:?} {} {}", l, l as u8, l as i32);
    println!("{} {}", Level::Low as u8 + Level::Mid as u8, Level::High as i8);
    println!("{:?} {} {}", Temp::Cold, Temp::Cold as i16, Temp::Hot as i32);
    println!("{} {}", Big::A as u32, Big::B as u64);
    println!("{} {} {}", Plain::X as i32, Plain::Y as u8, Plain::Z as usize);
    println!("{} {} {} {}", std::mem::size_of::<Level>(), std::mem::size_of::<Temp>(), std::mem::size_of::<Big>(), std::mem::size_of::<Plain>());
    println!("{} {}", std::mem::size_of::<Option<Level>>(), std::mem::size_of::<[Level; 3]>());
    let v: Vec<u8> = [Level::Low, Level::High].iter().map(|l| *l as u8).collect();
    println!("{v:?} {}", l == Level::High);
}
