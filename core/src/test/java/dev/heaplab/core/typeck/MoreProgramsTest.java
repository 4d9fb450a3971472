package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** More accepted programs: impl Trait, let-else, while let, labelled loops, nested fns, modules, generics. */
class MoreProgramsTest {
    @Test
    void miscFeatures() {
        Checked c = Checked.of("""
                mod geometry {
                    pub fn double(x: i32) -> i32 { x * 2 }
                }
                use std::collections::HashMap;
                fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
                fn first_even(v: &[i32]) -> Option<i32> {
                    for &x in v { if x % 2 == 0 { return Some(x); } }
                    None
                }
                fn main() {
                    fn helper(a: u64) -> u64 { a + 1 }
                    let add = make_adder(2);
                    let Some(e) = first_even(&[1, 4, 5]) else { return; };
                    let mut stack = vec![1, 2, 3];
                    while let Some(top) = stack.pop() { println!("{}", top); }
                    let found = 'outer: loop {
                        for i in 0..10 { if i == 3 { break 'outer i; } }
                        break 0;
                    };
                    let mut m: HashMap<String, i32> = HashMap::new();
                    m.insert(String::from("a"), 1);
                    let arr = [1u8; 4];
                    let t = (1, "x");
                    let (a, b) = t;
                    let big = if e > 2 { "big" } else { "small" };
                    println!("{} {} {} {} {} {} {} {}", add(1), e, found, helper(1), geometry::double(2), arr.len(), a, b);
                    println!("{big} {}", matches!(e, 1..=9));
                    std::mem::swap(&mut stack, &mut vec![]);
                    assert_eq!(e, 4, "e was {}", e);
                    assert!(found == 3);
                }
                """);
        assertThat(c.describe()).isEmpty();
        assertThat(c.program()).isNotNull();
    }
}
