// `array::map` consumes the array and returns one of the same length; step_by over skip collects exactly.
fn main() {
    let nums = [1, 2, 3, 4];
    let squares = nums.map(|x| x * x);
    println!("{squares:?} {}", std::mem::size_of_val(&squares));
    let names = ["ada", "bo", "cy"].map(String::from);
    let suffix = String::from("!");
    let loud = names.map(move |mut n| {
        n.push_str(&suffix);
        n
    });
    println!("{loud:?}");
    let lens: [usize; 3] = loud.map(|s| s.len());
    println!("{lens:?} {}", lens.iter().sum::<usize>());
    let empty: [u8; 0] = [];
    println!("{:?}", empty.map(|b| b as char));
    let grid = [[1, 2], [3, 4]].map(|row| row.map(|v| v * 10));
    println!("{grid:?}");
    let mut calls = 0;
    let flags = [3, 8, 5].map(|v| {
        calls += 1;
        v > 4
    });
    println!("{flags:?} {calls}");
    let v: Vec<i32> = (0..20).collect();
    let odd: Vec<&i32> = v.iter().skip(1).step_by(2).collect();
    let few: Vec<i32> = v.iter().skip(15).step_by(3).copied().collect();
    println!("{} {} {:?}", odd.len(), odd.capacity(), few);
}
