// main returns Err when a memory budget is exceeded: exit code 1 and the Debug form on stderr.
#[derive(Debug)]
enum AllocError {
    OverBudget { requested: usize, available: usize },
}

struct Budget {
    limit: usize,
    used: usize,
    blocks: Vec<Vec<u8>>,
}

impl Budget {
    fn allocate(&mut self, size: usize) -> Result<usize, AllocError> {
        if self.used + size > self.limit {
            return Err(AllocError::OverBudget { requested: size, available: self.limit - self.used });
        }
        self.used += size;
        self.blocks.push(vec![0; size]);
        Ok(self.blocks.len() - 1)
    }
}

fn main() -> Result<(), AllocError> {
    let mut budget = Budget { limit: 1000, used: 0, blocks: Vec::new() };
    for size in [100, 250, 400, 300] {
        let id = budget.allocate(size)?;
        println!("block {} of {} bytes, used {}/{}", id, size, budget.used, budget.limit);
    }
    println!("never printed");
    Ok(())
}
