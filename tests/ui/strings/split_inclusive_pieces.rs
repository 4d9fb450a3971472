// str::split_inclusive keeps each terminator with its piece and gives no empty last piece, from both ends.
fn main() {
    let text = "one two  three\nfour five";
    let parts: Vec<&str> = text.split_inclusive(' ').collect();
    println!("{:?}", parts);
    let lines: Vec<&str> = "a\nb\n\nc\n".split_inclusive('\n').collect();
    println!("{:?}", lines);
    let back: Vec<&str> = "a\nb\n\nc\n".split_inclusive('\n').rev().collect();
    println!("{:?}", back);
    let tail: Vec<&str> = "x,y,z".split_inclusive(',').rev().collect();
    println!("{:?}", tail);
    println!("{} {:?}", "".split_inclusive(',').count(), ",".split_inclusive(',').collect::<Vec<_>>());
    let sentences: Vec<String> = "Hi. How are you? Fine!".split_inclusive(|c| c == '.' || c == '?' || c == '!').map(|s| s.trim().to_string()).collect();
    println!("{:?}", sentences);
    let mut it = "a-b-c".split_inclusive('-');
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next_back(), it.next(), it.next());
}
