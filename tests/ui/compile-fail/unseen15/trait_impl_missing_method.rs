//@ compile-fail
// a Solution trait implemented without its second part
trait Solution {
    fn part_one(&self, input: &str) -> u64;
    fn part_two(&self, input: &str) -> u64;
}

struct Day1;

impl Solution for Day1 { //~ ERROR E0046
    fn part_one(&self, input: &str) -> u64 {
        input.lines().count() as u64
    }
}

fn main() {
    println!("{}", Day1.part_one("a\nb"));
}
