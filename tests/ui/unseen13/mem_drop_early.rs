// std::mem::drop frees a value before the end of its scope, which shows in the heap figures.
struct Buffer {
    name: &'static str,
    data: Vec<u8>,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("release {} ({} bytes)", self.name, self.data.capacity());
    }
}

fn main() {
    let big = Buffer { name: "big", data: vec![0; 1 << 16] };
    let small = Buffer { name: "small", data: vec![1; 16] };
    println!("allocated {} and {}", big.data.len(), small.data.len());
    drop(big);
    println!("big is gone, small has {} bytes", small.data.len());
    let again = Buffer { name: "again", data: Vec::with_capacity(1024) };
    std::mem::drop(small);
    let nums = vec![1, 2, 3];
    let total: i32 = nums.iter().sum();
    drop(nums);
    println!("total {} cap of again {}", total, again.data.capacity());
    let x = 5;
    drop(x);
    println!("x still usable because i32 is Copy: {}", x);
    let mut scratch = vec![0_u8; 128];
    scratch[0] = 1;
    let first = scratch[0];
    drop(scratch);
    println!("scratch freed, first was {}", first);
    println!("end of main");
}
