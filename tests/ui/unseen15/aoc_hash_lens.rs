// Advent-style lens library: a HASH with wrapping_mul on u8, 256 boxes of Vec<(String, u8)>, "rn=1"/"cm-" steps, focusing power
const STEPS: &str = "rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7";

fn hash(s: &str) -> u8 {
    s.bytes().fold(0u8, |h, b| h.wrapping_add(b).wrapping_mul(17))
}

enum Step<'a> {
    Remove(&'a str),
    Insert(&'a str, u8),
}

fn parse(step: &str) -> Step<'_> {
    if let Some(label) = step.strip_suffix('-') {
        Step::Remove(label)
    } else {
        let (label, focal) = step.split_once('=').unwrap();
        Step::Insert(label, focal.parse().unwrap())
    }
}

fn main() {
    let checksum: u32 = STEPS.split(',').map(|s| hash(s) as u32).sum();
    println!("hash of HASH: {}", hash("HASH"));
    println!("part 1: {checksum}");
    let mut boxes: Vec<Vec<(String, u8)>> = vec![Vec::new(); 256];
    for step in STEPS.split(',') {
        match parse(step) {
            Step::Remove(label) => {
                let b = &mut boxes[hash(label) as usize];
                b.retain(|(l, _)| l != label);
            }
            Step::Insert(label, focal) => {
                let b = &mut boxes[hash(label) as usize];
                match b.iter_mut().find(|(l, _)| l == label) {
                    Some(slot) => slot.1 = focal,
                    None => b.push((label.to_string(), focal)),
                }
            }
        }
    }
    for (i, b) in boxes.iter().enumerate().filter(|(_, b)| !b.is_empty()) {
        println!("box {i}: {:?}", b);
    }
    let power: usize = boxes
        .iter()
        .enumerate()
        .flat_map(|(i, b)| b.iter().enumerate().map(move |(slot, (_, f))| (i + 1) * (slot + 1) * *f as usize))
        .sum();
    println!("part 2: {power}");
}
