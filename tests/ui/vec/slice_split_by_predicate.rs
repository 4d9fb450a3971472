// <[T]>::split yields the runs between matching elements, empty ones included.
fn main() {
    let temps = [19, 20, 12, 21, 22, 23, 10, 11, 18];
    let runs: Vec<&[i32]> = temps.split(|&t| t < 18).collect();
    println!("{:?}", runs);
    let longest = temps.split(|&t| t < 18).map(|r| r.len()).max();
    println!("{:?}", longest);
    let words: Vec<String> = b"ab,,cd,".split(|&b| b == b',').map(|s| String::from_utf8_lossy(s).into_owned()).collect();
    println!("{:?}", words);
    let empty: [u8; 0] = [];
    println!("{}", empty.split(|&b| b == 0).count());
}
