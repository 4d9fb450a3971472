// bool operators and char properties, including a multi-byte char.
fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, t ^ f);
    let c = 'z';
    let heart = '♥';
    println!("{c} {heart}");
    println!("{} {}", c.len_utf8(), heart.len_utf8());
    println!("{} {}", std::mem::size_of::<char>(), std::mem::size_of::<bool>());
    println!("{} {}", 'a'.is_alphabetic(), '7'.is_ascii_digit());
    println!("{:?}", '7'.to_digit(10));
    println!("{}", 'q'.to_ascii_uppercase());
    println!("{:?}", char::from_u32(0x41));
    println!("{:?}", char::from_digit(7, 10));
    println!("{}", ('a'..='e').count());
}
