// str::match_indices yields each match with its byte offset (str, char and closure patterns); `use std::char` imports the module.
use std::char;

fn main() {
    let text = "abracadabra, cadabra";
    let abra: Vec<(usize, &str)> = text.match_indices("abra").collect();
    println!("{:?}", abra);
    let commas: Vec<usize> = "a,b,,c".match_indices(',').map(|(i, _)| i).collect();
    println!("{:?}", commas);
    let caps: Vec<(usize, &str)> = "héllo Wörld Ünïcode".match_indices(|c: char| c.is_uppercase()).collect();
    println!("{:?}", caps);
    let overlapping: Vec<_> = "aaaa".match_indices("aa").collect();
    println!("{:?} {}", overlapping, "none here".match_indices('z').count());
    let owned = String::from("one two one");
    for (i, m) in owned.match_indices("one") {
        println!("{} at {}, then {:?}", m, i, &owned[i + m.len()..]);
    }
    println!("{:?} {:?}", char::from_u32(0x41), char::from_digit(7, 10));
    println!("{:?}", str::from_utf8(&[0x6f, 0x6b]));
}
